using Azure;
using Azure.Data.Tables;
using ForumBot.Storage;

namespace ForumBot.Scheduling;

/// <summary>What a lease call found: whether the caller holds it now, who does, until when.</summary>
public sealed record LeaseState(bool Held, string? Holder, DateTimeOffset ExpiresAt, DateTimeOffset? LastPassAt);

/// <summary>
/// One instance at a time runs the scheduler: the holder of a row in the Leases table
/// (PartitionKey "lease", RowKey "scheduler"). Acquiring and renewing are ETag-conditional
/// writes, so of two instances racing for a free or expired lease exactly one wins; a holder
/// that stops renewing (killed) is taken over once its expiry has passed. Expiry is judged on
/// each instance's own clock, so the lease must be long compared with clock skew (seconds).
/// The row also carries the time of the last completed pass, for reporting work skipped after downtime.
/// </summary>
public sealed class SchedulerLease(TableStore tables, TimeProvider time)
{
    private const string Row = "scheduler";

    private TableClient Table => tables.Table(TableNames.Leases);

    /// <summary>
    /// Takes the lease if it is free, expired or already ours, for <paramref name="duration"/> from
    /// now (the time before the write: the holder's own deadline is never later than the row's).
    /// </summary>
    public async Task<LeaseState> AcquireAsync(string holder, TimeSpan duration, DateTimeOffset? lastPassAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(holder);
        var now = time.GetUtcNow();
        var expires = now + duration;
        var existing = await Table.GetEntityIfExistsAsync<LeaseRow>(LeaseRow.Partition, Row, cancellationToken: cancellationToken);
        if (!existing.HasValue)
        {
            var added = await Table.AddAsync(Entity(holder, expires, lastPassAt, now), cancellationToken);
            return added.Succeeded ? new LeaseState(true, holder, expires, lastPassAt) : await ReadAsync(cancellationToken);
        }

        var row = existing.Value!;
        var current = Read(row);
        if (current.Holder != holder && current.ExpiresAt > now)
        {
            return current;
        }

        var lastPass = Later(current.LastPassAt, lastPassAt);
        var acquiredAt = current.Holder == holder ? row.AcquiredAt ?? now : now;
        var written = await Table.UpdateAsync(Entity(holder, expires, lastPass, acquiredAt), row.ETag, TableUpdateMode.Replace, cancellationToken);
        return written.Succeeded ? new LeaseState(true, holder, expires, lastPass) : await ReadAsync(cancellationToken);
    }

    /// <summary>Ends our lease now (a graceful stop), so another instance need not wait for expiry.</summary>
    public async Task ReleaseAsync(string holder, DateTimeOffset? lastPassAt, CancellationToken cancellationToken)
    {
        var existing = await Table.GetEntityIfExistsAsync<LeaseRow>(LeaseRow.Partition, Row, cancellationToken: cancellationToken);
        if (existing.HasValue && existing.Value!.Holder == holder)
        {
            var row = existing.Value;
            var lastPass = Later(row.LastPassAt, lastPassAt);
            await Table.UpdateAsync(Entity(holder, time.GetUtcNow(), lastPass, row.AcquiredAt ?? time.GetUtcNow()),
                row.ETag, TableUpdateMode.Replace, cancellationToken);
        }
    }

    /// <summary>The lease as stored; Held is always false (this call does not take it).</summary>
    public async Task<LeaseState> ReadAsync(CancellationToken cancellationToken)
    {
        var existing = await Table.GetEntityIfExistsAsync<LeaseRow>(LeaseRow.Partition, Row, cancellationToken: cancellationToken);
        return existing.HasValue ? Read(existing.Value!) : new LeaseState(false, null, DateTimeOffset.MinValue, null);
    }

    private static LeaseState Read(LeaseRow row) => new(false, row.Holder, row.ExpiresAt ?? DateTimeOffset.MinValue, row.LastPassAt);

    private static LeaseRow Entity(string holder, DateTimeOffset expires, DateTimeOffset? lastPassAt, DateTimeOffset acquiredAt) => new()
    {
        PartitionKey = LeaseRow.Partition,
        RowKey = Row,
        Holder = holder,
        ExpiresAt = expires,
        AcquiredAt = acquiredAt,
        LastPassAt = lastPassAt,
    };

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
