using System.Text.Json;
using System.Text.Json.Serialization;

namespace ForumBot.Protocol;

/// <summary>The connector's answer to a send: the id the channel gave the activity.</summary>
public sealed class ResourceResponse
{
    [JsonPropertyName("id")] public string? Id { get; set; }
}

/// <summary>Body of POST /v3/conversations (a proactive 1:1 or a new channel thread).</summary>
public sealed class ConversationParameters
{
    [JsonPropertyName("isGroup")] public bool IsGroup { get; set; }
    [JsonPropertyName("bot")] public ChannelAccount? Bot { get; set; }
    [JsonPropertyName("members")] public IList<ChannelAccount>? Members { get; set; }
    [JsonPropertyName("topicName")] public string? TopicName { get; set; }
    [JsonPropertyName("tenantId")] public string? TenantId { get; set; }
    [JsonPropertyName("activity")] public OutgoingActivity? Activity { get; set; }
    [JsonPropertyName("channelData")] public JsonElement? ChannelData { get; set; }
}

public sealed class ConversationResourceResponse
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("activityId")] public string? ActivityId { get; set; }
    [JsonPropertyName("serviceUrl")] public string? ServiceUrl { get; set; }
}

public sealed class ErrorResponse
{
    [JsonPropertyName("error")] public ErrorDetail? Error { get; set; }
}

public sealed class ErrorDetail
{
    [JsonPropertyName("code")] public string? Code { get; set; }
    [JsonPropertyName("message")] public string? Message { get; set; }
}

/// <summary>The body of an invoke response, as the Universal Action Model defines it.</summary>
public sealed class InvokeResponseBody
{
    [JsonPropertyName("statusCode")] public int StatusCode { get; set; }
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("value")] public JsonElement? Value { get; set; }
}
