using ForumBot.Storage;

namespace ForumBot.Network.Channels;

/// <summary>The ForumChannels row of one link (docs/storage.md). Optional names left empty are not stored.</summary>
internal sealed record ForumChannelRow : TableRow
{
    public string? ChannelId { get; set; }

    public string? ChannelName { get; set; }

    public string? TeamId { get; set; }

    public string? TeamName { get; set; }

    public string? TenantId { get; set; }

    /// <summary>The person id of who linked it.</summary>
    public string? LinkedBy { get; set; }

    public DateTimeOffset? LinkedAt { get; set; }

    public static string Key(string forumId) => TableKeys.Escape(forumId);

    public static ForumChannelRow From(ForumChannelLink link) => new()
    {
        PartitionKey = ForumChannels.Partition,
        RowKey = Key(link.ForumId),
        ChannelId = link.ChannelId,
        ChannelName = NullIfEmpty(link.ChannelName),
        TeamId = NullIfEmpty(link.TeamId),
        TeamName = NullIfEmpty(link.TeamName),
        TenantId = NullIfEmpty(link.TenantId),
        LinkedBy = link.LinkedBy,
        LinkedAt = link.LinkedAt,
    };

    public ForumChannelLink ToLink() => new(
        Uri.UnescapeDataString(RowKey),
        ChannelId ?? string.Empty,
        ChannelName,
        TeamId,
        TeamName,
        TenantId,
        LinkedBy ?? string.Empty,
        LinkedAt ?? DateTimeOffset.MinValue);

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
