using System.Globalization;
using Azure;
using Azure.Data.Tables;
using ForumBot.Network;
using ForumBot.Retention;
using ForumBot.Scheduling;
using ForumBot.Storage;

namespace ForumBot.Updates.Storage;

/// <summary>
/// Deletes the updates and their history copies of every meeting that started before the cutoff
/// (meeting ids are local times in the network's zone, so the cutoff is turned into one), and the
/// rows of the UpdateRequests table while it exists. Partitions are forum cycles, initiatives and
/// people — open-ended sets, deactivated ones included — so each table is scanned with a filter
/// (retention service only): Updates on its MeetingId property, UpdateHistory and UpdateRequests on
/// the RowKey, which starts with the meeting id. The keys are checked again before deleting.
///
/// Nothing live is lost: a meeting 30+ days past is far beyond its deadline (no card can change its
/// update) and beyond the scheduler's catch-up window (no request for it is sent again).
/// </summary>
public sealed class UpdatesPurge(TableStore tables, INetworkReader network) : IRetentionPurge
{
    /// <summary>Requests sent to people (PK person, RK "meeting|forum|initiative"); purged by name, as it may be left from an earlier version.</summary>
    public const string RequestsTable = "UpdateRequests";

    public string Name => "updates";

    public async Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken ct)
    {
        var zone = (await network.GetSnapshotAsync(ct)).TimeZone;

        // Formatted as the scheduler's calendar formats meeting ids (Meeting.MeetingId): the local time to the minute.
        var before = LocalTime.ToLocal(cutoff, zone).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

        var deleted = await TablePurge.DeleteAsync(
            tables.Table(UpdateTables.Updates),
            TableClient.CreateQueryFilter($"MeetingId lt {before}"),
            ct,
            (partitionKey, _) => IsBefore(partitionKey[(partitionKey.LastIndexOf('|') + 1)..], before));

        var meetingFirst = TableClient.CreateQueryFilter($"RowKey lt {before}");
        deleted += await TablePurge.DeleteAsync(tables.Table(UpdateTables.History), meetingFirst, ct, (_, rowKey) => IsBefore(MeetingOf(rowKey), before));
        try
        {
            deleted += await TablePurge.DeleteAsync(tables.Table(RequestsTable), meetingFirst, ct, (_, rowKey) => IsBefore(MeetingOf(rowKey), before));
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No such table in this deployment: nothing to purge.
        }

        return deleted;
    }

    private static string MeetingOf(string meetingFirstKey) => meetingFirstKey.Split('|')[0];

    private static bool IsBefore(string meetingId, string cutoffMeetingId) => string.CompareOrdinal(meetingId, cutoffMeetingId) < 0;
}
