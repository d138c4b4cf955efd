using System.Text.Json;
using System.Text.Json.Serialization;

namespace ForumBot.Protocol;

/// <summary>
/// An activity the bot sends: built by <see cref="MessageFactory"/> (or a card reply), addressed
/// with a <c>with</c> copy (<see cref="InReplyTo"/>, <see cref="InConversation"/>), never by
/// changing the inbound activity or the caller's instance. The outbox stores this type's JSON, so
/// the property names and order are the wire shape of the rows already written; extra properties
/// an older row may hold are kept in <see cref="Extra"/>.
/// </summary>
public sealed record OutgoingActivity
{
    [JsonPropertyName("type")] public string? Type { get; init; }

    /// <summary>Set only on an update (PUT) of an activity already sent.</summary>
    [JsonPropertyName("id")] public string? Id { get; init; }

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
    [JsonPropertyName("summary")] public string? Summary { get; init; }
    [JsonPropertyName("attachmentLayout")] public string? AttachmentLayout { get; init; }

    [JsonExtensionData, JsonInclude] public IDictionary<string, JsonElement>? Extra { get; internal set; }

    /// <summary>"typing…" in the conversation, shown while a slow turn runs.</summary>
    public static OutgoingActivity Typing() => new() { Type = ActivityTypes.Typing };

    /// <summary>
    /// This activity as a reply in the conversation of <paramref name="inbound"/>: from the bot (the
    /// inbound recipient) to the sender, in the sender's locale. Fields already set are kept.
    /// </summary>
    public OutgoingActivity InReplyTo(IncomingActivity inbound)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        return this with
        {
            Type = Type ?? ActivityTypes.Message,
            From = From ?? inbound.Recipient,
            Recipient = Recipient ?? inbound.From,
            Conversation = Conversation ?? inbound.Conversation,
            Locale = Locale ?? inbound.Locale,
        };
    }

    /// <summary>This activity posted proactively into <paramref name="conversationId"/>, from <paramref name="bot"/> unless set.</summary>
    public OutgoingActivity InConversation(string conversationId, ChannelAccount? bot) => this with
    {
        Type = Type ?? ActivityTypes.Message,
        Conversation = new ConversationAccount { Id = conversationId },
        From = From ?? bot,
    };
}
