using Azure;
using Azure.Data.Tables;
using ForumBot.Agendas.Meetings;
using ForumBot.Storage;

namespace ForumBot.Agendas.Posting;

/// <summary>What is recorded about a posted agenda's updates: the fingerprint and time of the last one, and its number.</summary>
public sealed record AgendaPostRecord(string? LastHash, DateTimeOffset? LastPutAt, int Seq, ETag ETag);

/// <summary>
/// The "post|&lt;target&gt;" rows of the Meetings table (docs/storage.md, "Meetings"): one per posted
/// agenda and target, in the meeting's partition. Written only on the ETag read (insert-if-absent
/// for the first), so of two refreshes racing one records its update and the other writes nothing.
/// </summary>
public sealed class AgendaPostRecords(TableStore tables)
{
    private TableClient Table => tables.Table(MeetingKeys.Table);

    public async Task<AgendaPostRecord?> ReadAsync(string forumId, string meetingId, string target, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<MeetingRow>(MeetingKeys.Partition(forumId, meetingId), MeetingKeys.PostRow(target),
            cancellationToken: cancellationToken);
        return row.HasValue ? new AgendaPostRecord(row.Value!.LastHash, row.Value.LastPutAt, row.Value.Seq ?? 0, row.Value.ETag) : null;
    }

    /// <summary>Records update <paramref name="seq"/>; ChangedMeanwhile when the row is no longer as <paramref name="read"/> found it.</summary>
    public Task<TableWriteOutcome> RecordAsync(string forumId, string meetingId, string target, AgendaPostRecord? read, string hash, DateTimeOffset putAt, int seq,
        CancellationToken cancellationToken)
    {
        var row = new MeetingRow
        {
            PartitionKey = MeetingKeys.Partition(forumId, meetingId),
            RowKey = MeetingKeys.PostRow(target),
            LastHash = hash,
            LastPutAt = putAt,
            Seq = seq,
        };
        return read is null
            ? Table.AddAsync(row, cancellationToken)
            : Table.UpdateAsync(row, read.ETag, TableUpdateMode.Replace, cancellationToken);
    }
}
