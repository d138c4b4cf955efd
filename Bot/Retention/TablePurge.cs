using Azure.Data.Tables;
using ForumBot.Storage;

namespace ForumBot.Retention;

/// <summary>
/// The deleting half of every purge: reads the rows a filter selects (keys and Timestamp only,
/// page by page) and deletes them in transactions of at most 100 rows of one partition, each
/// delete carrying the ETag it was read with. For the retention service only: a filter without a
/// PartitionKey is a table scan, acceptable once a day in the background, never on a turn.
/// </summary>
public static class TablePurge
{
    private const int PageSize = 1000;

    /// <summary>
    /// Deletes the rows matching <paramref name="filter"/> (built with TableClient.CreateQueryFilter)
    /// for which <paramref name="confirm"/> (given the keys) holds; returns how many this call deleted.
    /// </summary>
    public static async Task<int> DeleteAsync(TableClient table, string filter, CancellationToken cancellationToken, Func<string, string, bool>? confirm = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentException.ThrowIfNullOrWhiteSpace(filter);
        var deleted = 0;
        await foreach (var page in table.QueryAsync<KeyRow>(filter, PageSize, KeyRow.Columns, cancellationToken).AsPages())
        {
            var doomed = page.Values.Where(e => confirm?.Invoke(e.PartitionKey, e.RowKey) ?? true)
                .Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e, e.ETag));
            foreach (var transaction in TableWrites.ToTransactions(doomed))
            {
                deleted += await SubmitAsync(table, transaction, cancellationToken);
            }
        }

        return deleted;
    }

    private static async Task<int> SubmitAsync(TableClient table, IReadOnlyList<TableTransactionAction> transaction, CancellationToken cancellationToken)
    {
        var outcome = await table.SubmitAsync(transaction, cancellationToken);
        if (outcome.Succeeded)
        {
            return transaction.Count;
        }

        // One row changed or vanished meanwhile (another instance purging, a user touching it) and
        // the whole transaction was refused: delete the rest one by one, each still with its ETag.
        var deleted = 0;
        foreach (var action in transaction)
        {
            var single = await table.DeleteAsync(action.Entity.PartitionKey, action.Entity.RowKey, action.ETag, cancellationToken);
            deleted += single.Succeeded ? 1 : 0;
        }

        return deleted;
    }
}
