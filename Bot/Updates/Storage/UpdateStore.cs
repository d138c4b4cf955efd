using Azure.Data.Tables;
using ForumBot.Storage;

namespace ForumBot.Updates.Storage;

/// <summary>
/// Updates by cycle (one partition per forum meeting: agendas and summaries read it whole) and
/// by initiative (UpdateHistory, for digests). Writes are conditional: a change made meanwhile
/// is reported, never overwritten.
/// </summary>
public sealed class UpdateStore(TableStore tables)
{
    private TableClient Updates => tables.Table(UpdateTables.Updates);

    private TableClient History => tables.Table(UpdateTables.History);

    public async Task<UpdateRow?> FindAsync(string forumId, string meetingId, string initiativeId, CancellationToken cancellationToken)
    {
        var response = await Updates.GetEntityIfExistsAsync<UpdateRow>(UpdateRow.CyclePartition(forumId, meetingId), initiativeId, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>Every update of one forum's meeting cycle: one partition query.</summary>
    public Task<List<UpdateRow>> CycleAsync(string forumId, string meetingId, CancellationToken cancellationToken) =>
        QueryAsync(Updates, UpdateRow.CyclePartition(forumId, meetingId), cancellationToken);

    /// <summary>An initiative's updates across cycles and forums, oldest meeting first: one partition query.</summary>
    public Task<List<UpdateRow>> HistoryAsync(string initiativeId, CancellationToken cancellationToken) =>
        QueryAsync(History, initiativeId, cancellationToken);

    /// <summary>
    /// Saves <paramref name="next"/> as the version after <paramref name="current"/> (null: the
    /// first), provided the stored row is still the one read. Then refreshes the history copy.
    /// </summary>
    public async Task<TableWriteOutcome> SaveAsync(UpdateRow? current, UpdateRow next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        next.PartitionKey = UpdateRow.CyclePartition(next.ForumId, next.MeetingId);
        next.RowKey = next.InitiativeId;
        next.Version = (current?.Version ?? 0) + 1;
        var outcome = current is null
            ? await Updates.AddAsync(next, cancellationToken)
            : await Updates.UpdateAsync(next, current.ETag, TableUpdateMode.Replace, cancellationToken);
        if (outcome.Succeeded)
        {
            next.ETag = outcome.ETag;
            await ProjectAsync(next, cancellationToken);
        }

        return outcome;
    }

    // The copy only moves forward: a slower writer of an older version never replaces a newer one.
    private async Task ProjectAsync(UpdateRow row, CancellationToken cancellationToken)
    {
        var copy = row.ToHistory();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var existing = await History.GetEntityIfExistsAsync<UpdateRow>(copy.PartitionKey, copy.RowKey, cancellationToken: cancellationToken);
            if (existing.HasValue && existing.Value!.Version >= copy.Version)
            {
                return;
            }

            var outcome = existing.HasValue
                ? await History.UpdateAsync(copy, existing.Value!.ETag, TableUpdateMode.Replace, cancellationToken)
                : await History.AddAsync(copy, cancellationToken);
            if (outcome.Succeeded)
            {
                return;
            }
        }
    }

    private static async Task<List<UpdateRow>> QueryAsync(TableClient table, string partitionKey, CancellationToken cancellationToken)
    {
        var rows = new List<UpdateRow>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");
        await foreach (var row in table.QueryAsync<UpdateRow>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
