using System.Globalization;
using Azure.Data.Tables;
using ForumBot.Retention;
using ForumBot.Storage;

namespace ForumBot.Scheduling.Outbox;

/// <summary>
/// Deletes outbox messages that are done — sent or failed — with both their due time and their
/// outcome (SentAt / FailedAt) before the cutoff, together with their failed markers. Pending and
/// sending rows and their pending markers are never touched, however old. Per bucket partition:
/// 16 queries for items and 16 for failed markers, the sent history read only here.
///
/// Safe for deduplication: the scheduler only enqueues work due within Scheduling:CatchUpHours
/// (at most 30 days), and ForumBot:RetentionDays is at least 30, so a key whose row is purged is
/// never offered again.
/// </summary>
internal sealed class OutboxPurge(OutboxStore store) : IRetentionPurge
{
    private static readonly string Sent = OutboxRows.Word(OutboxState.Sent);
    private static readonly string Failed = OutboxRows.Word(OutboxState.Failed);

    public string Name => "outbox";

    public async Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken ct)
    {
        var deleted = 0;
        foreach (var bucket in OutboxKeys.Buckets)
        {
            var items = TableClient.CreateQueryFilter(
                $"PartitionKey eq {bucket} and RowKey ge {"k|"} and RowKey lt {"k}"} and DueAt lt {cutoff} and ((State eq {Sent} and SentAt lt {cutoff}) or (State eq {Failed} and FailedAt lt {cutoff}))");
            deleted += await TablePurge.DeleteAsync(store.Table, items, ct);

            // Failed markers sort newest first (inverted ticks): every row after the cutoff's own key failed earlier.
            var olderThanCutoff = string.Create(CultureInfo.InvariantCulture, $"{OutboxKeys.FailedPrefix}{DateTimeOffset.MaxValue.UtcTicks - cutoff.UtcTicks:D19}|~");
            var markers = TableClient.CreateQueryFilter(
                $"PartitionKey eq {bucket} and RowKey gt {olderThanCutoff} and RowKey lt {OutboxKeys.FailedEnd} and DueAt lt {cutoff}");
            deleted += await TablePurge.DeleteAsync(store.Table, markers, ct);
        }

        return deleted;
    }
}
