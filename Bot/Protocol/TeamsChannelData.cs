using System.Text.Json;
using System.Text.Json.Serialization;

namespace ForumBot.Protocol;

/// <summary>
/// The Teams-specific part of an activity's channelData: a wire shape like IncomingActivity, so it lives
/// with the protocol (which reads the tenant from it) rather than in the Teams layer above.
/// </summary>
public sealed class TeamsChannelData
{
    [JsonPropertyName("tenant")] public TenantInfo? Tenant { get; set; }
    [JsonPropertyName("team")] public TeamInfo? Team { get; set; }
    [JsonPropertyName("channel")] public ChannelInfo? Channel { get; set; }
    [JsonPropertyName("eventType")] public string? EventType { get; set; }
    [JsonPropertyName("settings")] public TeamsChannelSettings? Settings { get; set; }
    [JsonExtensionData] public IDictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>Reads the Teams channelData of an activity; null when absent or not an object.</summary>
    public static TeamsChannelData? From(IncomingActivity activity)
    {
        if (activity.ChannelData is not { ValueKind: JsonValueKind.Object } data)
        {
            return null;
        }

        try
        {
            return data.Deserialize(ProtocolJson.Wire.TeamsChannelData);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

public sealed class TenantInfo
{
    [JsonPropertyName("id")] public string? Id { get; set; }
}

public sealed class TeamInfo
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("aadGroupId")] public string? AadGroupId { get; set; }
}

public sealed class ChannelInfo
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
}

public sealed class TeamsChannelSettings
{
    [JsonPropertyName("selectedChannel")] public ChannelInfo? SelectedChannel { get; set; }
}
