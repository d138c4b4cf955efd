using System.Text.Json;
using System.Text.Json.Serialization;

namespace ForumBot.Protocol;

/// <summary>
/// An activity as the channel sent it to /api/messages: read once by ActivityReader, never
/// changed afterwards (init-only). Typed core fields; everything else is kept verbatim in
/// <see cref="Extra"/>, so a log of an unknown activity loses nothing. Replies are
/// <see cref="OutgoingActivity"/>, a separate type, addressed from this one by copying.
/// </summary>
public sealed record IncomingActivity
{
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("timestamp")] public DateTimeOffset? Timestamp { get; init; }
    [JsonPropertyName("localTimestamp")] public DateTimeOffset? LocalTimestamp { get; init; }

    /// <summary>Where replies go. ActivityReader admits only an absolute http(s) URI; written back as sent (OriginalString).</summary>
    [JsonPropertyName("serviceUrl")] public Uri? ServiceUrl { get; init; }

    [JsonPropertyName("channelId")] public string? ChannelId { get; init; }
    [JsonPropertyName("from")] public ChannelAccount? From { get; init; }
    [JsonPropertyName("recipient")] public ChannelAccount? Recipient { get; init; }
    [JsonPropertyName("conversation")] public ConversationAccount? Conversation { get; init; }
    [JsonPropertyName("replyToId")] public string? ReplyToId { get; init; }
    [JsonPropertyName("text")] public string? Text { get; init; }
    [JsonPropertyName("textFormat")] public string? TextFormat { get; init; }
    [JsonPropertyName("locale")] public string? Locale { get; init; }
    [JsonPropertyName("attachments")] public IReadOnlyList<Attachment>? Attachments { get; init; }
    [JsonPropertyName("entities")] public IReadOnlyList<JsonElement>? Entities { get; init; }
    [JsonPropertyName("channelData")] public JsonElement? ChannelData { get; init; }
    [JsonPropertyName("value")] public JsonElement? Value { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("membersAdded")] public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    [JsonPropertyName("membersRemoved")] public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }
    [JsonPropertyName("action")] public string? Action { get; init; }

    /// <remarks>
    /// Set only by the serializer: source generation cannot bind extension data to an init-only
    /// property, so the setter is internal (the same on the accounts and on OutgoingActivity).
    /// </remarks>
    [JsonExtensionData, JsonInclude] public IDictionary<string, JsonElement>? Extra { get; internal set; }
}
