using System.Text.Json;
using System.Text.Json.Serialization;

namespace ForumBot.Protocol;

/// <summary>
/// An account in an activity (sender, recipient, member). Init-only: an outgoing reply may carry
/// the inbound activity's accounts, and neither side can change them for the other.
/// </summary>
public sealed record ChannelAccount
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("aadObjectId")] public string? AadObjectId { get; init; }
    [JsonPropertyName("role")] public string? Role { get; init; }
    [JsonExtensionData, JsonInclude] public IDictionary<string, JsonElement>? Extra { get; internal set; }
}

public sealed record ConversationAccount
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("conversationType")] public string? ConversationType { get; init; }
    [JsonPropertyName("isGroup")] public bool? IsGroup { get; init; }
    [JsonPropertyName("tenantId")] public string? TenantId { get; init; }
    [JsonExtensionData, JsonInclude] public IDictionary<string, JsonElement>? Extra { get; internal set; }
}

public sealed record Attachment
{
    [JsonPropertyName("contentType")] public string? ContentType { get; init; }
    [JsonPropertyName("contentUrl")] public string? ContentUrl { get; init; }
    [JsonPropertyName("content")] public JsonElement? Content { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonExtensionData, JsonInclude] public IDictionary<string, JsonElement>? Extra { get; internal set; }
}

/// <summary>The activity types this service distinguishes; the protocol has more.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string Typing = "typing";
    public const string MessageReaction = "messageReaction";
    public const string Event = "event";
}
