using Azure.Data.Tables;
using ForumBot.Retention;
using ForumBot.Storage;

namespace ForumBot.Protocol;

/// <summary>
/// Deletes Dedupe claims (<see cref="RedeliveryGuard"/>) older than two days, whatever the
/// retention: past the guard's 24-hour time to live a claim counts as absent anyway, so it is dead
/// weight; the extra day keeps a clear margin from claims the guard still reads. Partitions are
/// hashes of conversation ids, so this is a filtered table scan (retention service only).
/// </summary>
public sealed class DedupePurge(TableStore tables, TimeProvider time) : IRetentionPurge
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(2);

    public string Name => "dedupe";

    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken ct)
    {
        var ownCutoff = time.GetUtcNow() - MaxAge;
        var effective = ownCutoff > cutoff ? ownCutoff : cutoff;
        var filter = TableClient.CreateQueryFilter($"ClaimedAt lt {effective}");
        return TablePurge.DeleteAsync(tables.Table(TableNames.Dedupe), filter, ct);
    }
}
