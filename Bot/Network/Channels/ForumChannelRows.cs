using Azure.Data.Tables;
using ForumBot.Storage;

namespace ForumBot.Network.Channels;

/// <summary>The ForumChannels row of one link (docs/storage.md).</summary>
internal static class ForumChannelRows
{
    public static TableEntity ToEntity(ForumChannelLink link)
    {
        var entity = new TableEntity(ForumChannels.Partition, TableKeys.Escape(link.ForumId))
        {
            ["ChannelId"] = link.ChannelId,
            ["LinkedBy"] = link.LinkedBy,
            ["LinkedAt"] = link.LinkedAt,
        };
        SetIfPresent(entity, "ChannelName", link.ChannelName);
        SetIfPresent(entity, "TeamId", link.TeamId);
        SetIfPresent(entity, "TeamName", link.TeamName);
        SetIfPresent(entity, "TenantId", link.TenantId);
        return entity;
    }

    public static ForumChannelLink ToLink(TableEntity row) => new(
        Uri.UnescapeDataString(row.RowKey),
        row.GetString("ChannelId") ?? string.Empty,
        row.GetString("ChannelName"),
        row.GetString("TeamId"),
        row.GetString("TeamName"),
        row.GetString("TenantId"),
        row.GetString("LinkedBy") ?? string.Empty,
        row.GetDateTimeOffset("LinkedAt") ?? DateTimeOffset.MinValue);

    private static void SetIfPresent(TableEntity entity, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            entity[name] = value;
        }
    }
}
