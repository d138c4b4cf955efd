using Azure;
using Azure.Data.Tables;
using ForumBot.Escalations.Model;
using ForumBot.Storage;

namespace ForumBot.Escalations.Storage;

/// <summary>An escalation as read, with the ETag a change must carry.</summary>
public sealed record StoredEscalation(Escalation Escalation, ETag ETag);

/// <summary>What a change came to: saved, or refused because someone changed the escalation first (then <see cref="Current"/> is how it stands).</summary>
public sealed record EscalationSaveResult(StoredEscalation? Saved, StoredEscalation? Current)
{
    public bool Succeeded => Saved is not null;
}

/// <summary>
/// The Escalations table (docs/storage.md, "Escalations"), kept as FollowUps keeps its own: the
/// item row in the escalation's partition is the truth and every change replaces it on its ETag;
/// index rows in the forums' and the state's partitions only point to it. They are written before
/// the item (an item never lacks its pointers, even after a crash), the old state's are removed
/// after it, and every read checks each pointer against the item and drops what a crash or a
/// lost race left behind.
/// </summary>
public sealed class EscalationStore(TableStore tables)
{
    private TableClient Table => tables.Table(EscalationKeys.Table);

    public async Task<StoredEscalation?> FindAsync(string escalationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(escalationId);
        var row = await Table.GetEntityIfExistsAsync<EscalationRow>(EscalationKeys.Item(escalationId), EscalationKeys.ItemRow, cancellationToken: cancellationToken);
        return row.HasValue ? new StoredEscalation(FromItem(row.Value!), row.Value!.ETag) : null;
    }

    /// <summary>
    /// Raises the escalation unless one with its id exists (ids are derived from what was
    /// escalated, so this is insert-if-absent). Returns the stored one and whether this call created it.
    /// </summary>
    public async Task<(StoredEscalation Stored, bool Created)> AddAsync(Escalation escalation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        if (await FindAsync(escalation.Id, cancellationToken) is { } existing)
        {
            return (existing, false);
        }

        var created = escalation with { Version = 1 };
        await WriteIndexAsync(created, cancellationToken);
        var outcome = await Table.AddAsync(ToItem(created), cancellationToken);
        var stored = await FindAsync(created.Id, cancellationToken)
            ?? throw new InvalidOperationException($"Escalation {created.Id} vanished right after it was written.");
        return (stored, outcome.Succeeded);
    }

    /// <summary>
    /// Saves <paramref name="next"/> as the change after <paramref name="current"/>, provided the
    /// item is still the one read; otherwise nothing is written and the result holds the current one.
    /// </summary>
    public async Task<EscalationSaveResult> ChangeAsync(StoredEscalation current, Escalation next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(next);
        next = next with { Id = current.Escalation.Id, Version = current.Escalation.Version + 1 };
        await WriteIndexAsync(next, cancellationToken);
        var outcome = await Table.UpdateAsync(ToItem(next), current.ETag, TableUpdateMode.Replace, cancellationToken);
        if (!outcome.Succeeded)
        {
            return new EscalationSaveResult(null, await FindAsync(next.Id, cancellationToken));
        }

        await RemoveStaleIndexAsync(current.Escalation, next, cancellationToken);
        return new EscalationSaveResult(new StoredEscalation(next, outcome.ETag), null);
    }

    /// <summary>The open escalations sent to a forum: a RowKey range in its "to" partition.</summary>
    public Task<List<StoredEscalation>> OpenToAsync(string forumId, CancellationToken cancellationToken) =>
        ResolveAsync(EscalationKeys.To(forumId), EscalationKeys.OpenPrefix, EscalationKeys.OpenEnd, cancellationToken);

    /// <summary>The open escalations a forum raised.</summary>
    public Task<List<StoredEscalation>> OpenFromAsync(string forumId, CancellationToken cancellationToken) =>
        ResolveAsync(EscalationKeys.From(forumId), EscalationKeys.OpenPrefix, EscalationKeys.OpenEnd, cancellationToken);

    /// <summary>Escalations sent to a forum and answered or declined in [from, to).</summary>
    public Task<List<StoredEscalation>> ClosedToAsync(string forumId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        ResolveAsync(EscalationKeys.To(forumId), EscalationKeys.ClosedFrom(from), EscalationKeys.ClosedFrom(to), cancellationToken);

    /// <summary>Escalations a forum raised that were answered or declined in [from, to).</summary>
    public Task<List<StoredEscalation>> ClosedFromAsync(string forumId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        ResolveAsync(EscalationKeys.From(forumId), EscalationKeys.ClosedFrom(from), EscalationKeys.ClosedFrom(to), cancellationToken);

    /// <summary>Every escalation in a state whose instant (raised at for open, answered at otherwise) lies in [from, to): for summaries and digests.</summary>
    public Task<List<StoredEscalation>> InStateAsync(EscalationState state, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        ResolveAsync(EscalationKeys.State(state), EscalationKeys.StateFrom(from), EscalationKeys.StateFrom(to), cancellationToken);

    // A pointer counts only when the item it points to still has it among its index rows.
    private async Task<List<StoredEscalation>> ResolveAsync(string partition, string rowKeyFrom, string rowKeyBelow, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {rowKeyFrom} and RowKey lt {rowKeyBelow}");
        var pointers = new List<EscalationRow>();
        await foreach (var row in Table.QueryAsync<EscalationRow>(filter, cancellationToken: cancellationToken))
        {
            pointers.Add(row);
        }

        var items = await Task.WhenAll(pointers.Select(p => FindAsync(p.EscalationId, cancellationToken)));
        var found = new List<StoredEscalation>();
        for (var i = 0; i < pointers.Count; i++)
        {
            var pointer = pointers[i];
            if (items[i] is { } item && IndexRows(item.Escalation).Any(r => r.PartitionKey == pointer.PartitionKey && r.RowKey == pointer.RowKey))
            {
                found.Add(item);
            }
            else if (items[i] is { } stale && (pointer.Version ?? 0) <= stale.Escalation.Version)
            {
                // Left by a crash after the item moved on, or by a change that lost its race. A pointer
                // for a newer version than the item's (a change under way) or for an item not written
                // yet (a raise under way) is only skipped. The ETag keeps a pointer rewritten meanwhile.
                await Table.DeleteAsync(pointer.PartitionKey, pointer.RowKey, pointer.ETag, cancellationToken);
            }
        }

        return found;
    }

    // Pointers carry no state: upserting one twice, or for a change that then loses, is harmless.
    private async Task WriteIndexAsync(Escalation escalation, CancellationToken cancellationToken)
    {
        foreach (var row in IndexRows(escalation))
        {
            await Table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        }
    }

    private async Task RemoveStaleIndexAsync(Escalation before, Escalation after, CancellationToken cancellationToken)
    {
        var keep = IndexRows(after).Select(r => (r.PartitionKey, r.RowKey)).ToHashSet();
        foreach (var row in IndexRows(before).Where(r => !keep.Contains((r.PartitionKey, r.RowKey))))
        {
            var stored = await Table.GetEntityIfExistsAsync<EscalationRow>(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken);

            // A later change may have written this pointer again (a newer version): it stays.
            if (stored.HasValue && (stored.Value!.Version ?? 0) <= after.Version)
            {
                await Table.DeleteAsync(row.PartitionKey, row.RowKey, stored.Value.ETag, cancellationToken);
            }
        }
    }

    /// <summary>The pointers an escalation in this state has: the receiving forum's, the raising forum's and its state's.</summary>
    internal static IEnumerable<EscalationRow> IndexRows(Escalation escalation)
    {
        var forumRow = EscalationKeys.ForumRow(escalation);
        yield return Pointer(EscalationKeys.To(escalation.ToForumId), forumRow, escalation);
        yield return Pointer(EscalationKeys.From(escalation.FromForumId), forumRow, escalation);
        yield return Pointer(EscalationKeys.State(escalation.State), EscalationKeys.StateRow(escalation), escalation);
    }

    private static EscalationRow Pointer(string partition, string rowKey, Escalation escalation) =>
        new() { PartitionKey = partition, RowKey = rowKey, EscalationId = escalation.Id, Version = escalation.Version };

    private static EscalationRow ToItem(Escalation e) => new()
    {
        PartitionKey = EscalationKeys.Item(e.Id),
        RowKey = EscalationKeys.ItemRow,
        EscalationId = e.Id,
        Version = e.Version,
        FromForumId = e.FromForumId,
        ToForumId = e.ToForumId,
        Origin = EscalationKeys.Word(e.OriginKind),
        OriginMeetingId = e.OriginMeetingId,
        OriginItemKey = e.OriginItemKey,
        InitiativeId = e.InitiativeId,
        TitleEnglish = e.TitleEnglish,
        TitleDanish = e.TitleDanish,
        Reason = e.Reason,
        RaisedBy = e.RaisedBy,
        RaisedAt = e.RaisedAt,
        State = EscalationKeys.Word(e.State),
        AnswerKind = e.Answer is { } answer ? EscalationKeys.Word(answer.Kind) : null,
        AnswerText = e.Answer?.Text,
        FollowUpId = e.Answer?.FollowUpId,
        AnsweredBy = e.Answer?.AnsweredBy,
        AnsweredAt = e.Answer?.AnsweredAt,
        AnsweredMeetingId = e.Answer?.MeetingId,
        Notified = e.Notified ? true : null,
    };

    private static Escalation FromItem(EscalationRow row) => new(
        row.EscalationId,
        row.FromForumId ?? string.Empty,
        row.ToForumId ?? string.Empty,
        EscalationKeys.Origin(row.Origin),
        row.OriginMeetingId ?? string.Empty,
        row.OriginItemKey,
        row.InitiativeId,
        row.TitleEnglish ?? string.Empty,
        row.TitleDanish ?? string.Empty,
        row.Reason ?? string.Empty,
        row.RaisedBy ?? string.Empty,
        row.RaisedAt ?? default,
        EscalationKeys.State(row.State),
        row.AnsweredBy is { } by
            ? new EscalationAnswer(EscalationKeys.AnswerKind(row.AnswerKind), row.AnswerText ?? string.Empty, row.FollowUpId, by, row.AnsweredAt ?? default, row.AnsweredMeetingId ?? string.Empty)
            : null,
        row.Notified == true,
        row.Version ?? 0);
}
