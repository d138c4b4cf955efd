using Azure.Data.Tables;
using ForumBot.Retention;
using ForumBot.Storage;

namespace ForumBot.FollowUps.Storage;

/// <summary>
/// The retention walk (docs/storage.md, "FollowUps", retention): through a forum's partition of
/// pointers, never a table scan. A follow-up closed (its last change) before the cutoff goes with
/// its history and index rows; open ones stay whatever their age.
/// </summary>
public sealed partial class FollowUpStore
{
    /// <summary>
    /// Deletes the forum's follow-ups closed before <paramref name="cutoff"/>; returns the rows deleted.
    /// Order makes a stopped walk resumable from the forum's pointer: the owner's pointer and the
    /// history first, then the item (on its ETag), the forum's pointer last. A forum pointer whose
    /// item is gone and that is older than the cutoff (no create takes that long) is such a remnant.
    /// The walk also writes the open-by-due-day pointer of an open follow-up that lacks it (one
    /// written before that index existed): upserts of pointers are always safe.
    /// </summary>
    public async Task<int> PurgeClosedAsync(string forumId, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(forumId);
        var pointers = await RowsAsync(FollowUpKeys.Forum(forumId), cancellationToken);
        var openKeys = (await RowsAsync(FollowUpKeys.ForumOpen(forumId), cancellationToken)).Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);
        var deleted = 0;
        foreach (var pointer in pointers)
        {
            var stored = await FindAsync(pointer.FollowUpId, cancellationToken);
            if (stored is null)
            {
                if (pointer.Timestamp is { } written && written < cutoff)
                {
                    deleted += await TablePurge.DeleteAsync(Table, TableClient.CreateQueryFilter($"PartitionKey eq {FollowUpKeys.Item(pointer.FollowUpId)}"), cancellationToken);
                    deleted += await DeleteRowAsync(pointer, cancellationToken);
                }

                continue;
            }

            var followUp = stored.FollowUp;
            if (followUp.ForumId != forumId)
            {
                continue;
            }

            if (followUp.IsOpen)
            {
                if (!openKeys.Contains(FollowUpKeys.DueRow(followUp.Due, followUp.Id)))
                {
                    await WriteIndexAsync(followUp, cancellationToken);
                }

                continue;
            }

            var history = await HistoryAsync(followUp.Id, cancellationToken);
            var closedAt = history.Count > 0 ? history[^1].At : followUp.CreatedAt;
            if (closedAt < cutoff)
            {
                deleted += await PurgeAsync(stored, pointer, cancellationToken);
            }
        }

        return deleted;
    }

    private async Task<int> PurgeAsync(StoredFollowUp stored, FollowUpRow forumPointer, CancellationToken cancellationToken)
    {
        var followUp = stored.FollowUp;
        var deleted = 0;
        foreach (var index in IndexRows(followUp).Where(r => r.PartitionKey != forumPointer.PartitionKey))
        {
            var row = await Table.GetEntityIfExistsAsync<FollowUpRow>(index.PartitionKey, index.RowKey, cancellationToken: cancellationToken);
            if (row.HasValue)
            {
                deleted += await DeleteRowAsync(row.Value!, cancellationToken);
            }
        }

        var partition = FollowUpKeys.Item(followUp.Id);
        deleted += await TablePurge.DeleteAsync(Table,
            TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {FollowUpKeys.HistoryPrefix} and RowKey lt {HistoryEnd}"), cancellationToken);
        var item = await Table.DeleteAsync(partition, FollowUpKeys.ItemRow, stored.ETag, cancellationToken);
        if (!item.Succeeded)
        {
            // Changed meanwhile: it is not what was judged old; the next walk looks again.
            return deleted;
        }

        return deleted + 1 + await DeleteRowAsync(forumPointer, cancellationToken);
    }

    // With the ETag as read: a pointer rewritten meanwhile stays.
    private async Task<int> DeleteRowAsync(FollowUpRow read, CancellationToken cancellationToken) =>
        (await Table.DeleteAsync(read.PartitionKey, read.RowKey, read.ETag, cancellationToken)).Succeeded ? 1 : 0;

    private async Task<List<FollowUpRow>> RowsAsync(string partition, CancellationToken cancellationToken)
    {
        var rows = new List<FollowUpRow>();
        await foreach (var row in Table.QueryAsync<FollowUpRow>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
