using System.Globalization;
using Azure.Data.Tables;
using ForumBot.Scheduling;
using ForumBot.Storage;

namespace ForumBot.Updates.Storage;

/// <summary>The requests sent to each person (one partition per person, rows sorted by meeting).</summary>
public sealed class RequestStore(TableStore tables)
{
    private TableClient Requests => tables.Table(UpdateTables.Requests);

    /// <summary>Records a request; recording it again (a later scheduler pass) changes nothing.</summary>
    public async Task RecordAsync(RequestRow row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        row.PartitionKey = row.PersonId;
        row.RowKey = RequestRow.RequestId(row.MeetingId, row.ForumId, row.InitiativeId);
        await Requests.AddAsync(row, cancellationToken);
    }

    public async Task<RequestRow?> FindAsync(string personId, string requestId, CancellationToken cancellationToken)
    {
        var response = await Requests.GetEntityIfExistsAsync<RequestRow>(personId, requestId, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>
    /// The person's requests whose deadline is still ahead: one partition range query (row keys
    /// start with the meeting id, and a meeting is never before its deadline).
    /// </summary>
    public async Task<List<RequestRow>> PendingAsync(string personId, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var fromMeeting = LocalTime.ToLocal(now, zone).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {personId} and RowKey ge {fromMeeting} and DeadlineAt gt {now}");
        var rows = new List<RequestRow>();
        await foreach (var row in Requests.QueryAsync<RequestRow>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
