using Azure;
using Azure.Data.Tables;
using ForumBot.FollowUps.Model;
using ForumBot.Storage;

namespace ForumBot.FollowUps.Storage;

/// <summary>A follow-up as read, with the ETag a change must carry.</summary>
public sealed record StoredFollowUp(FollowUp FollowUp, ETag ETag);

/// <summary>What a change came to: saved, or refused because someone changed the follow-up first.</summary>
public sealed record FollowUpSaveResult(StoredFollowUp? Saved, StoredFollowUp? Current, FollowUpChange? LastChange)
{
    public bool Succeeded => Saved is not null;
}

/// <summary>
/// The FollowUps table (docs/storage.md, "FollowUps"). The item row in the follow-up's own
/// partition is the truth; each change replaces it conditionally on its ETag and adds a history
/// row in the same transaction, so a change and its history are never apart. Index rows in the
/// forum's, owner's and organisation's partitions only point to items: they are written before
/// the item (so an item never lacks its index rows, even after a crash), stale ones are removed
/// after it, and every read checks each pointer against the item and removes those left by a
/// crash or a lost race.
/// </summary>
public sealed partial class FollowUpStore(TableStore tables)
{
    // The first key after every "h|…": '}' follows '|'.
    private const string HistoryEnd = "h}";

    private TableClient Table => tables.Table(FollowUpKeys.Table);

    public async Task<StoredFollowUp> CreateAsync(FollowUp followUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        var created = followUp with { Version = 1 };
        await WriteIndexAsync(created, cancellationToken);
        var change = new FollowUpChange(1, created.CreatedBy, created.CreatedAt, FollowUpChangeKind.Created, null);
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.Add, ToItem(created)),
            new(TableTransactionActionType.Add, ToHistory(created.Id, change)),
        };
        var outcome = await Table.SubmitAsync(actions, cancellationToken);
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException("A new follow-up id was already taken.");
        }

        return (await FindAsync(created.Id, cancellationToken))!;
    }

    public async Task<StoredFollowUp?> FindAsync(string followUpId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(followUpId);
        var row = await Table.GetEntityIfExistsAsync<FollowUpRow>(FollowUpKeys.Item(followUpId), FollowUpKeys.ItemRow, cancellationToken: cancellationToken);
        return row.HasValue ? new StoredFollowUp(FromItem(row.Value!), row.Value!.ETag) : null;
    }

    /// <summary>
    /// Saves <paramref name="next"/> as the change after <paramref name="current"/>, provided the
    /// item is still the one read. Otherwise nothing is written and the result holds the current
    /// state and its last change, for the "X marked it done at 10:14" answer.
    /// </summary>
    public async Task<FollowUpSaveResult> ChangeAsync(StoredFollowUp current, FollowUp next, FollowUpChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(change);
        var version = current.FollowUp.Version + 1;
        next = next with { Id = current.FollowUp.Id, ForumId = current.FollowUp.ForumId, Version = version };
        await WriteIndexAsync(next, cancellationToken);
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.UpdateReplace, ToItem(next), current.ETag),
            new(TableTransactionActionType.Add, ToHistory(next.Id, change with { Version = version })),
        };
        var outcome = await Table.SubmitAsync(actions, cancellationToken);
        if (!outcome.Succeeded)
        {
            var now = await FindAsync(next.Id, cancellationToken);
            var history = await HistoryAsync(next.Id, cancellationToken);
            return new FollowUpSaveResult(null, now, history.LastOrDefault());
        }

        await RemoveStaleIndexAsync(current.FollowUp, next, cancellationToken);
        return new FollowUpSaveResult(await FindAsync(next.Id, cancellationToken), null, null);
    }

    /// <summary>Every change, oldest first: one partition query.</summary>
    public async Task<List<FollowUpChange>> HistoryAsync(string followUpId, CancellationToken cancellationToken)
    {
        var changes = new List<FollowUpChange>();
        var partition = FollowUpKeys.Item(followUpId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {FollowUpKeys.HistoryPrefix} and RowKey lt {HistoryEnd}");
        await foreach (var row in Table.QueryAsync<FollowUpRow>(filter, cancellationToken: cancellationToken))
        {
            changes.Add(new FollowUpChange(row.Version ?? 0, row.ChangedBy ?? string.Empty, row.ChangedAt ?? default, FollowUpKeys.Change(row.Change), row.NewValue));
        }

        return changes;
    }

    /// <summary>A person's open follow-ups: a RowKey range in their partition.</summary>
    public Task<List<StoredFollowUp>> OwnerOpenAsync(string personId, CancellationToken cancellationToken) =>
        ResolveAsync(FollowUpKeys.Owner(personId), FollowUpKeys.OpenPrefix, FollowUpKeys.OpenEnd, cancellationToken);

    /// <summary>A person's follow-ups, open and closed: their partition.</summary>
    public Task<List<StoredFollowUp>> OwnerAllAsync(string personId, CancellationToken cancellationToken) =>
        ResolveAsync(FollowUpKeys.Owner(personId), null, null, cancellationToken);

    /// <summary>A forum's follow-ups, open and closed: its partition.</summary>
    public Task<List<StoredFollowUp>> ForumAsync(string forumId, CancellationToken cancellationToken) =>
        ResolveAsync(FollowUpKeys.Forum(forumId), null, null, cancellationToken);

    /// <summary>An organisation's open follow-ups due before <paramref name="today"/>: one RowKey range in its partition.</summary>
    public Task<List<StoredFollowUp>> OrganisationOverdueAsync(string organisationId, DateOnly today, CancellationToken cancellationToken) =>
        ResolveAsync(FollowUpKeys.Organisation(organisationId), null, FollowUpKeys.Day(today), cancellationToken);

    /// <summary>
    /// A forum's open follow-ups, due from <paramref name="dueFrom"/> and before <paramref name="dueBelow"/>
    /// (null: no bound): one RowKey range in its open-by-due-day partition. Read-only, for the
    /// scheduler's sources and agenda composition, which must write nothing: a stale pointer is
    /// skipped, not removed (the other lists and the retention walk remove those).
    /// </summary>
    public Task<List<StoredFollowUp>> ForumOpenAsync(string forumId, DateOnly? dueFrom, DateOnly? dueBelow, CancellationToken cancellationToken) =>
        ResolveAsync(FollowUpKeys.ForumOpen(forumId), dueFrom is { } from ? FollowUpKeys.Day(from) : null,
            dueBelow is { } below ? FollowUpKeys.Day(below) : null, cancellationToken, repair: false);

    // A pointer counts only when the item it points to still has it among its index rows.
    private async Task<List<StoredFollowUp>> ResolveAsync(string partition, string? rowKeyFrom, string? rowKeyBelow, CancellationToken cancellationToken, bool repair = true)
    {
        var filter = (rowKeyFrom, rowKeyBelow) switch
        {
            (null, null) => TableClient.CreateQueryFilter($"PartitionKey eq {partition}"),
            (null, { } below) => TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey lt {below}"),
            ({ } from, null) => TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from}"),
            ({ } from, { } below) => TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {below}"),
        };
        var pointers = new List<FollowUpRow>();
        await foreach (var row in Table.QueryAsync<FollowUpRow>(filter, cancellationToken: cancellationToken))
        {
            pointers.Add(row);
        }

        var items = await Task.WhenAll(pointers.Select(p => FindAsync(p.FollowUpId, cancellationToken)));
        var found = new List<StoredFollowUp>();
        for (var i = 0; i < pointers.Count; i++)
        {
            var pointer = pointers[i];
            if (items[i] is { } item && IndexRows(item.FollowUp).Any(r => r.PartitionKey == pointer.PartitionKey && r.RowKey == pointer.RowKey))
            {
                found.Add(item);
            }
            else if (repair && items[i] is { } stale && (pointer.Version ?? 0) <= stale.FollowUp.Version)
            {
                // Left by a crash after the item moved on, or by a change that lost its race. A pointer
                // written for a newer version than the item's (a change under way) or for an item not
                // there yet (a create under way) is only skipped: deleting it would lose it for good.
                // The ETag as read keeps a pointer rewritten meanwhile.
                await Table.DeleteAsync(pointer.PartitionKey, pointer.RowKey, pointer.ETag, cancellationToken);
            }
        }

        return found;
    }

    // Index rows carry no state, only the pointer, so writing one twice or for a change that
    // then loses its race is harmless: an upsert, checked on every read.
    private async Task WriteIndexAsync(FollowUp followUp, CancellationToken cancellationToken)
    {
        foreach (var row in IndexRows(followUp))
        {
            await Table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        }
    }

    internal async Task RemoveStaleIndexAsync(FollowUp before, FollowUp after, CancellationToken cancellationToken)
    {
        var keep = IndexRows(after).Select(r => (r.PartitionKey, r.RowKey)).ToHashSet();
        foreach (var row in IndexRows(before).Where(r => !keep.Contains((r.PartitionKey, r.RowKey))))
        {
            var stored = await Table.GetEntityIfExistsAsync<FollowUpRow>(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken);

            // A later change may have written this pointer again (a newer version): it stays.
            if (stored.HasValue && (stored.Value!.Version ?? 0) <= after.Version)
            {
                await Table.DeleteAsync(row.PartitionKey, row.RowKey, stored.Value.ETag, cancellationToken);
            }
        }
    }

    /// <summary>The pointers a follow-up in this state has: its forum's and owner's always; its organisation's and its forum's open-by-due-day while open.</summary>
    internal static IEnumerable<FollowUpRow> IndexRows(FollowUp followUp)
    {
        yield return Pointer(FollowUpKeys.Forum(followUp.ForumId), followUp.Id, followUp);
        yield return Pointer(FollowUpKeys.Owner(followUp.OwnerId), FollowUpKeys.OwnerRow(followUp.Status, followUp.Id), followUp);
        if (followUp.IsOpen)
        {
            yield return Pointer(FollowUpKeys.Organisation(followUp.OrganisationId), FollowUpKeys.OrganisationRow(followUp.Due, followUp.Id), followUp);
            yield return Pointer(FollowUpKeys.ForumOpen(followUp.ForumId), FollowUpKeys.DueRow(followUp.Due, followUp.Id), followUp);
        }
    }

    // The pointer carries the version it was written for, so a read can tell a stale pointer from one a change is still writing.
    private static FollowUpRow Pointer(string partition, string rowKey, FollowUp followUp) =>
        new() { PartitionKey = partition, RowKey = rowKey, FollowUpId = followUp.Id, Version = followUp.Version };

    private static FollowUpRow ToItem(FollowUp f) => new()
    {
        PartitionKey = FollowUpKeys.Item(f.Id),
        RowKey = FollowUpKeys.ItemRow,
        FollowUpId = f.Id,
        ForumId = f.ForumId,
        Origin = FollowUpKeys.Word(f.Origin),
        OriginRef = f.OriginRef,
        Text = f.Text,
        OwnerId = f.OwnerId,
        OrganisationId = f.OrganisationId,
        Due = FollowUpKeys.Day(f.Due),
        Status = FollowUpKeys.Word(f.Status),
        CreatedBy = f.CreatedBy,
        CreatedAt = f.CreatedAt,
        Version = f.Version,
    };

    private static FollowUpRow ToHistory(string id, FollowUpChange change) => new()
    {
        PartitionKey = FollowUpKeys.Item(id),
        RowKey = FollowUpKeys.HistoryRow(change.Version),
        FollowUpId = id,
        Version = change.Version,
        ChangedBy = change.PersonId,
        ChangedAt = change.At,
        Change = FollowUpKeys.Word(change.Kind),
        NewValue = change.NewValue,
    };

    private static FollowUp FromItem(FollowUpRow row) => new(
        row.FollowUpId,
        row.ForumId ?? string.Empty,
        FollowUpKeys.Origin(row.Origin),
        row.OriginRef,
        row.Text ?? string.Empty,
        row.OwnerId ?? string.Empty,
        row.OrganisationId ?? string.Empty,
        FollowUpKeys.ParseDay(row.Due ?? "0001-01-01"),
        FollowUpKeys.Status(row.Status),
        row.CreatedBy ?? string.Empty,
        row.CreatedAt ?? default,
        row.Version ?? 0);
}
