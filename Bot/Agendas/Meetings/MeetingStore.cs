using Azure;
using Azure.Data.Tables;
using ForumBot.Storage;

namespace ForumBot.Agendas.Meetings;

/// <summary>
/// The Meetings table (<see cref="MeetingKeys"/>, docs/storage.md "Meetings"). A meeting's
/// record is one partition query; each write touches one row, conditionally on the ETag it read,
/// so two chairs pressing at once never overwrite each other: the loser re-reads and tries again.
/// </summary>
public sealed class MeetingStore(TableStore tables)
{
    private const int MaxAttempts = 5;

    private TableClient Table => tables.Table(MeetingKeys.Table);

    public async Task<MeetingRecord> ReadAsync(string forumId, string meetingId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(forumId);
        ArgumentException.ThrowIfNullOrEmpty(meetingId);
        var partition = MeetingKeys.Partition(forumId, meetingId);
        var state = MeetingState.Open;
        var items = new Dictionary<string, ItemMark>(StringComparer.Ordinal);
        var proposals = new List<Proposal>();
        var carried = new List<CarriedItem>();
        await foreach (var row in Table.QueryAsync<MeetingRow>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken))
        {
            if (row.RowKey == MeetingKeys.StateRow)
            {
                state = new MeetingState(row.Closed == true, row.ClosedAt, row.ClosedBy, row.Completed == true);
            }
            else if (row.RowKey.StartsWith(MeetingKeys.ItemPrefix, StringComparison.Ordinal) && row.ItemKey is { } key)
            {
                items[key] = ToMark(row);
            }
            else if (row.RowKey.StartsWith(MeetingKeys.ProposalPrefix, StringComparison.Ordinal) && row.ProposalId is { } id)
            {
                proposals.Add(new Proposal(id, row.Text ?? string.Empty, row.ProposedBy ?? string.Empty, row.ProposedAt ?? default));
            }
            else if (row.RowKey.StartsWith(MeetingKeys.CarriedPrefix, StringComparison.Ordinal) && row.SourceKey is { } source)
            {
                carried.Add(new CarriedItem(source, row.TitleEnglish ?? string.Empty, row.TitleDanish ?? string.Empty,
                    row.OriginEnglish ?? string.Empty, row.OriginDanish ?? string.Empty, row.FromMeetingId ?? string.Empty, row.FromStart ?? default));
            }
        }

        return new MeetingRecord(forumId, meetingId, state, items,
            [.. proposals.OrderBy(p => p.ProposedAt).ThenBy(p => p.Id, StringComparer.Ordinal)],
            [.. carried.OrderBy(c => c.FromStart).ThenBy(c => c.SourceKey, StringComparer.Ordinal)]);
    }

    /// <summary>Whether the meeting is closed (one point read: the automatic close asks for each meeting that ended).</summary>
    public async Task<MeetingState> ReadStateAsync(string forumId, string meetingId, CancellationToken cancellationToken)
    {
        var stored = await Table.GetEntityIfExistsAsync<MeetingRow>(MeetingKeys.Partition(forumId, meetingId), MeetingKeys.StateRow, cancellationToken: cancellationToken);
        return stored.HasValue ? new MeetingState(stored.Value!.Closed == true, stored.Value.ClosedAt, stored.Value.ClosedBy, stored.Value.Completed == true) : MeetingState.Open;
    }

    /// <summary>
    /// Changes one item's marks: reads the item row, applies <paramref name="change"/> and writes it
    /// back on the ETag read (insert when there was none), again on a conflict. Returns the marks saved.
    /// </summary>
    public async Task<ItemMark> MarkItemAsync(string forumId, string meetingId, string itemKey, Func<ItemMark, ItemMark> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var partition = MeetingKeys.Partition(forumId, meetingId);
        var rowKey = MeetingKeys.ItemRow(itemKey);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await Table.GetEntityIfExistsAsync<MeetingRow>(partition, rowKey, cancellationToken: cancellationToken);
            var before = stored.HasValue ? ToMark(stored.Value!) : ItemMark.None(itemKey);
            var after = change(before) with { ItemKey = itemKey };
            var row = ToRow(partition, rowKey, after);
            var outcome = stored.HasValue
                ? await Table.UpdateAsync(row, stored.Value!.ETag, TableUpdateMode.Replace, cancellationToken)
                : await Table.AddAsync(row, cancellationToken);
            if (outcome.Succeeded)
            {
                return after;
            }

            if (attempt >= MaxAttempts)
            {
                throw new RequestFailedException(412, $"The marks of an agenda item changed {MaxAttempts} times while saving.");
            }
        }
    }

    /// <summary>Adds a proposal (its id is new: an existing id means a redelivered command, and nothing changes).</summary>
    public async Task AddProposalAsync(string forumId, string meetingId, Proposal proposal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var row = new MeetingRow
        {
            PartitionKey = MeetingKeys.Partition(forumId, meetingId),
            RowKey = MeetingKeys.ProposalRow(proposal.Id),
            ProposalId = proposal.Id,
            Text = proposal.Text,
            ProposedBy = proposal.ProposedBy,
            ProposedAt = proposal.ProposedAt,
        };
        await Table.AddAsync(row, cancellationToken);
    }

    /// <summary>
    /// Closes the meeting unless it is closed already. True when this call closed it: the first
    /// close wins (a chair's command and the automatic close at the end time never both close it).
    /// </summary>
    public async Task<bool> CloseAsync(string forumId, string meetingId, string closedBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var partition = MeetingKeys.Partition(forumId, meetingId);
        var stored = await Table.GetEntityIfExistsAsync<MeetingRow>(partition, MeetingKeys.StateRow, cancellationToken: cancellationToken);
        if (stored.HasValue && stored.Value!.Closed == true)
        {
            return false;
        }

        var row = new MeetingRow { PartitionKey = partition, RowKey = MeetingKeys.StateRow, Closed = true, ClosedAt = at, ClosedBy = closedBy };
        var outcome = stored.HasValue
            ? await Table.UpdateAsync(row, stored.Value!.ETag, TableUpdateMode.Replace, cancellationToken)
            : await Table.AddAsync(row, cancellationToken);
        return outcome.Succeeded;
    }

    /// <summary>Records that the carry-over and minutes of a closed meeting are done (a merge of one column).</summary>
    public async Task MarkCompletedAsync(string forumId, string meetingId, CancellationToken cancellationToken)
    {
        var row = new MeetingRow { PartitionKey = MeetingKeys.Partition(forumId, meetingId), RowKey = MeetingKeys.StateRow, Completed = true };
        await Table.UpsertEntityAsync(row, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>Puts items on a later meeting's agenda as carried over; one already carried there stays as it is.</summary>
    public async Task CarryAsync(string forumId, string toMeetingId, IEnumerable<CarriedItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var partition = MeetingKeys.Partition(forumId, toMeetingId);
        foreach (var item in items)
        {
            await Table.AddAsync(new MeetingRow
            {
                PartitionKey = partition,
                RowKey = MeetingKeys.CarriedRow(item.ItemKey),
                SourceKey = item.ItemKey,
                TitleEnglish = item.TitleEnglish,
                TitleDanish = item.TitleDanish,
                OriginEnglish = item.OriginEnglish,
                OriginDanish = item.OriginDanish,
                FromMeetingId = item.FromMeetingId,
                FromStart = item.FromStart,
            }, cancellationToken);
        }
    }

    private static ItemMark ToMark(MeetingRow row) => new(
        row.ItemKey ?? string.Empty,
        row.Discussed == true,
        row.DiscussedBy,
        row.DiscussedAt,
        row.Decision,
        row.DecidedBy,
        row.DecidedAt,
        row.Removed == true,
        row.RemovedBy,
        row.RemovedAt,
        string.IsNullOrEmpty(row.FollowUpIds) ? [] : row.FollowUpIds.Split(','),
        row.EscalationId);

    private static MeetingRow ToRow(string partition, string rowKey, ItemMark mark) => new()
    {
        PartitionKey = partition,
        RowKey = rowKey,
        ItemKey = mark.ItemKey,
        Discussed = mark.Discussed ? true : null,
        DiscussedBy = mark.DiscussedBy,
        DiscussedAt = mark.DiscussedAt,
        Decision = mark.Decision,
        DecidedBy = mark.DecidedBy,
        DecidedAt = mark.DecidedAt,
        Removed = mark.Removed ? true : null,
        RemovedBy = mark.RemovedBy,
        RemovedAt = mark.RemovedAt,
        FollowUpIds = mark.FollowUpIds.Count == 0 ? null : string.Join(',', mark.FollowUpIds),
        EscalationId = mark.EscalationId,
    };
}
