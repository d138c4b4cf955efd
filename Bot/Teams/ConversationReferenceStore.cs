using Azure;
using Azure.Data.Tables;
using ForumBot.Storage;

namespace ForumBot.Teams;

/// <summary>
/// Conversation references in table ConversationRefs, one <see cref="ConversationReferenceRow"/>
/// each (PartitionKey = kind, RowKey = the escaped key). Every lookup a feature makes ("the 1:1
/// with this person", "this forum's channel") is a point read.
/// </summary>
public sealed class ConversationReferenceStore(TableStore tables, TimeProvider time)
{
    private TableClient Table => tables.Table(TableNames.ConversationRefs);

    public async Task UpsertAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        // Merge: a later turn must not erase fields an earlier one knew (e.g. the team id); the
        // table client leaves a row's null properties out of the request, so they are kept.
        await Table.UpsertEntityAsync(ConversationReferenceRow.From(reference), TableUpdateMode.Merge, cancellationToken);
    }

    public async Task<ConversationReference?> GetAsync(string kind, string key, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<ConversationReferenceRow>(
            ConversationReferenceRow.Partition(kind), ConversationReferenceRow.Row(key), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value!.ToReference() : null;
    }

    /// <summary>
    /// Up to <paramref name="max"/> references of one kind: a query on one partition (used for the
    /// few tenant entries, e.g. "is there exactly one?"; not for the personal partition on a hot path).
    /// </summary>
    public async Task<IReadOnlyList<ConversationReference>> ListAsync(string kind, int max, CancellationToken cancellationToken)
    {
        var found = new List<ConversationReference>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ConversationReferenceRow.Partition(kind)}");
        await foreach (var row in Table.QueryAsync<ConversationReferenceRow>(filter, maxPerPage: max, cancellationToken: cancellationToken))
        {
            if (row.ToReference() is { } reference)
            {
                found.Add(reference);
            }

            if (found.Count >= max)
            {
                break;
            }
        }

        return found;
    }

    /// <summary>
    /// The bot was removed, or Teams said the conversation is blocked or gone. Written with the
    /// ETag of the row as read: if an inbound activity refreshed the reference meanwhile (the bot
    /// was just reinstalled, the channel re-added), that newer, active reference wins.
    /// </summary>
    public async Task MarkInactiveAsync(string kind, string key, string reason, CancellationToken cancellationToken)
    {
        var current = await Table.GetEntityIfExistsAsync<ConversationReferenceRow>(
            ConversationReferenceRow.Partition(kind), ConversationReferenceRow.Row(key), cancellationToken: cancellationToken);
        if (!current.HasValue)
        {
            return;
        }

        var row = current.Value!;
        row.Active = false;
        row.DeadReason = reason;
        row.UpdatedAt = time.GetUtcNow();
        try
        {
            await Table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Gone, or refreshed by a newer inbound activity: nothing to mark.
        }
    }
}
