using Azure;
using Azure.Data.Tables;

namespace ForumBot.Updates.Storage;

/// <summary>
/// A request ForumBot sent (or is about to send) to one person for one initiative and cycle.
/// Written once, never changed: whether it is still open follows from the Updates row and the
/// clock. A card's posted data is checked against it (see UpdateCardGate).
/// </summary>
public sealed class RequestRow : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string PersonId { get; set; } = string.Empty;
    public string ForumId { get; set; } = string.Empty;
    public string MeetingId { get; set; } = string.Empty;
    public string InitiativeId { get; set; } = string.Empty;
    public DateTimeOffset MeetingStart { get; set; }
    public DateTimeOffset PromptAt { get; set; }
    public DateTimeOffset DeadlineAt { get; set; }

    /// <summary>The request's id in card data: its RowKey, "meeting|forum|initiative" (sorts by meeting).</summary>
    public static string RequestId(string meetingId, string forumId, string initiativeId) => UpdateTables.Key(meetingId, forumId, initiativeId);
}
