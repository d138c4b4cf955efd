using Azure.Data.Tables;
using ForumBot.Storage;

namespace ForumBot.Scheduling.Outbox;

/// <summary>A pending marker that is due: which item it points to and which conversation that item goes to.</summary>
internal sealed record DueMarker(string Partition, string RowKey, string ItemRow, string Conversation, DateTimeOffset EligibleAt);

/// <summary>
/// The Outbox table (layout in <see cref="OutboxKeys"/>): enqueueing with insert-if-absent on the
/// dedupe key, point lookups by key, and the partition-scoped range queries the dispatcher and
/// the `delivery problems` card need. State changes of claimed rows are in <see cref="OutboxTransitions"/>.
/// </summary>
public sealed class OutboxStore(TableStore tables, TimeProvider time, SchedulingMetrics metrics, ILogger<OutboxStore> logger) : IOutbox
{
    internal TableClient Table => tables.Table(TableNames.Outbox);

    public async Task<EnqueueResult> EnqueueAsync(DueWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentException.ThrowIfNullOrWhiteSpace(work.Key);
        if (work.Key.Length > 400)
        {
            throw new ArgumentException($"Outbox keys are at most 400 characters; got {work.Key.Length}.", nameof(work));
        }

        var item = OutboxRows.NewItem(work, time.GetUtcNow());
        var marker = OutboxRows.Marker(item.PartitionKey, item.Marker!, work.Key, work.Target);
        var outcome = await Table.SubmitAsync(
            [new TableTransactionAction(TableTransactionActionType.Add, item), new TableTransactionAction(TableTransactionActionType.Add, marker)],
            cancellationToken);
        if (!outcome.Succeeded)
        {
            return EnqueueResult.AlreadyEnqueued;
        }

        metrics.CountEnqueued(work.Kind);
        SchedulingLog.Enqueued(logger, work.Kind, work.Key, work.DueAt);
        return EnqueueResult.Enqueued;
    }

    public async Task<OutboxEntry?> FindAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var row = await Table.GetEntityIfExistsAsync<OutboxRow>(OutboxKeys.Bucket(key), OutboxKeys.ItemRow(key), cancellationToken: cancellationToken);
        return row.HasValue ? OutboxRows.ToEntry(row.Value!) : null;
    }

    /// <summary>Pending markers eligible by <paramref name="dueBy"/>, oldest first, at most <paramref name="limit"/>.</summary>
    internal async Task<IReadOnlyList<DueMarker>> DueAsync(DateTimeOffset dueBy, int limit, CancellationToken cancellationToken)
    {
        var upTo = OutboxKeys.PendingUpTo(dueBy);
        var perBucket = await Task.WhenAll(OutboxKeys.Buckets.Select(bucket => QueryAsync(bucket, OutboxKeys.PendingPrefix, upTo, limit, cancellationToken)));
        return [.. perBucket.SelectMany(rows => rows)
            .Select(e => new DueMarker(e.PartitionKey, e.RowKey, e.ItemRow ?? string.Empty, e.Conversation ?? string.Empty,
                OutboxKeys.EligibleAt(e.RowKey)))
            .OrderBy(m => m.RowKey, StringComparer.Ordinal)
            .Take(limit)];
    }

    /// <summary>How many messages are pending or being sent, and when the earliest may be tried.</summary>
    internal async Task<(int Count, DateTimeOffset? Earliest)> PendingAsync(CancellationToken cancellationToken)
    {
        var perBucket = await Task.WhenAll(OutboxKeys.Buckets.Select(bucket =>
            QueryAsync(bucket, OutboxKeys.PendingPrefix, OutboxKeys.PendingEnd, int.MaxValue, cancellationToken, KeyRow.Columns)));
        var markers = perBucket.SelectMany(rows => rows).Select(e => e.RowKey).ToList();
        return (markers.Count, markers.Count == 0 ? null : markers.Min(OutboxKeys.EligibleAt));
    }

    /// <summary>Failed deliveries, newest first: at most <paramref name="limit"/>, and how many there are in all.</summary>
    public async Task<(IReadOnlyList<DeliveryFailure> Newest, int Total)> FailuresAsync(int limit, CancellationToken cancellationToken)
    {
        // Each bucket's failure markers sort newest first, so its first `limit` rows hold every
        // candidate; the total is counted over keys only.
        var newestPerBucket = await Task.WhenAll(OutboxKeys.Buckets.Select(bucket =>
            QueryAsync(bucket, OutboxKeys.FailedPrefix, OutboxKeys.FailedEnd, limit, cancellationToken)));
        var keysPerBucket = await Task.WhenAll(OutboxKeys.Buckets.Select(bucket =>
            QueryAsync(bucket, OutboxKeys.FailedPrefix, OutboxKeys.FailedEnd, int.MaxValue, cancellationToken, KeyRow.Columns)));
        var newest = newestPerBucket.SelectMany(rows => rows).OrderBy(e => e.RowKey, StringComparer.Ordinal).Take(limit);
        return ([.. newest.Select(OutboxRows.ToFailure)], keysPerBucket.Sum(rows => rows.Count));
    }

    private async Task<List<OutboxRow>> QueryAsync(string bucket, string from, string to, int limit, CancellationToken cancellationToken,
        IEnumerable<string>? select = null)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {bucket} and RowKey ge {from} and RowKey le {to}");
        var rows = new List<OutboxRow>();
        await foreach (var row in Table.QueryAsync<OutboxRow>(filter, maxPerPage: Math.Min(limit, 1000), select: select, cancellationToken: cancellationToken))
        {
            rows.Add(row);
            if (rows.Count >= limit)
            {
                break;
            }
        }

        return rows;
    }
}
