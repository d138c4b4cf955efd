using Azure;
using Azure.Data.Tables;

namespace ForumBot.Storage;

/// <summary>What a conditional write came to: written, or refused because the row changed since it was read.</summary>
public enum TableWriteStatus
{
    Written,
    ChangedMeanwhile,
}

/// <summary>
/// The typed result of a write that can race. A stale ETag (412), a row created by someone
/// else (409) or deleted by someone else (404) is an expected outcome a caller must show to
/// its user, not an exception, so it comes back as <see cref="TableWriteStatus.ChangedMeanwhile"/>.
/// </summary>
public readonly record struct TableWriteOutcome(TableWriteStatus Status, ETag ETag)
{
    public bool Succeeded => Status == TableWriteStatus.Written;

    public bool IsChangedMeanwhile => Status == TableWriteStatus.ChangedMeanwhile;

    public static TableWriteOutcome Written(ETag etag) => new(TableWriteStatus.Written, etag);

    public static TableWriteOutcome ChangedMeanwhile() => new(TableWriteStatus.ChangedMeanwhile, default);
}

/// <summary>
/// Writes that never overwrite silently: updates and deletes carry the ETag the row was read
/// with, adds fail when the row exists, and transactions respect Azure's limits even where
/// Azurite would not (one partition, at most 100 operations).
/// </summary>
public static class TableWrites
{
    public const int MaxTransactionActions = 100;

    /// <summary>Replaces or merges a row only if it still has the ETag it was read with.</summary>
    public static async Task<TableWriteOutcome> UpdateAsync<T>(this TableClient table, T entity, ETag readETag, TableUpdateMode mode, CancellationToken cancellationToken)
        where T : ITableEntity
    {
        RequireConcreteETag(readETag);
        try
        {
            var response = await table.UpdateEntityAsync(entity, readETag, mode, cancellationToken);
            return TableWriteOutcome.Written(response.Headers.ETag ?? default);
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return TableWriteOutcome.ChangedMeanwhile();
        }
    }

    /// <summary>Creates a row; if another writer created it first, that is a change made meanwhile.</summary>
    public static async Task<TableWriteOutcome> AddAsync<T>(this TableClient table, T entity, CancellationToken cancellationToken)
        where T : ITableEntity
    {
        try
        {
            var response = await table.AddEntityAsync(entity, cancellationToken);
            return TableWriteOutcome.Written(response.Headers.ETag ?? default);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return TableWriteOutcome.ChangedMeanwhile();
        }
    }

    /// <summary>Deletes a row only if it still has the ETag it was read with.</summary>
    public static async Task<TableWriteOutcome> DeleteAsync(this TableClient table, string partitionKey, string rowKey, ETag readETag, CancellationToken cancellationToken)
    {
        RequireConcreteETag(readETag);
        try
        {
            await table.DeleteEntityAsync(partitionKey, rowKey, readETag, cancellationToken);
            return TableWriteOutcome.Written(default);
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return TableWriteOutcome.ChangedMeanwhile();
        }
    }

    /// <summary>
    /// Submits one all-or-nothing transaction. Its actions must share one partition and number
    /// at most 100 (Azure's rules; Azurite accepts more and then breaks the SDK's parser).
    /// </summary>
    public static async Task<TableWriteOutcome> SubmitAsync(this TableClient table, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count == 0)
        {
            return TableWriteOutcome.Written(default);
        }

        if (actions.Count > MaxTransactionActions)
        {
            throw new ArgumentException($"A transaction holds at most {MaxTransactionActions} actions; got {actions.Count}.", nameof(actions));
        }

        if (actions.Select(a => a.Entity.PartitionKey).Distinct(StringComparer.Ordinal).Skip(1).Any())
        {
            throw new ArgumentException("A transaction must stay within one partition.", nameof(actions));
        }

        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken);
            return TableWriteOutcome.Written(default);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 412 or 409 or 404)
        {
            return TableWriteOutcome.ChangedMeanwhile();
        }
    }

    /// <summary>Splits actions into Azure-sized transactions: grouped by partition, 100 at most each.</summary>
    public static IEnumerable<IReadOnlyList<TableTransactionAction>> ToTransactions(IEnumerable<TableTransactionAction> actions) =>
        actions
            .GroupBy(a => a.Entity.PartitionKey, StringComparer.Ordinal)
            .SelectMany(partition => partition.Chunk(MaxTransactionActions))
            .Select(chunk => (IReadOnlyList<TableTransactionAction>)chunk);

    // ETag.All ("*") would turn a conditional write into last-writer-wins.
    private static void RequireConcreteETag(ETag etag)
    {
        if (etag == default || etag == ETag.All)
        {
            throw new ArgumentException("A write that can race needs the ETag the row was read with.", nameof(etag));
        }
    }
}
