using ForumBot.Storage;
using ForumBot.Updates.Model;

namespace ForumBot.Updates.Storage;

/// <summary>
/// One initiative's update for one meeting cycle. The same shape is stored twice: in Updates
/// (authoritative, keyed by cycle) and in UpdateHistory (a copy keyed by initiative).
/// </summary>
public sealed record UpdateRow : TableRow
{
    public string ForumId { get; set; } = string.Empty;
    public string MeetingId { get; set; } = string.Empty;
    public string InitiativeId { get; set; } = string.Empty;

    /// <summary>"on-track", "at-risk", "blocked"; absent for a quick text update.</summary>
    public string? Status { get; set; }

    public int? Reached { get; set; }
    public string WentWell { get; set; } = string.Empty;
    public string Barriers { get; set; } = string.Empty;
    public string Needs { get; set; } = string.Empty;

    /// <summary>Organisation ids, comma-separated (ids never contain a comma).</summary>
    public string NeedsFrom { get; set; } = string.Empty;

    public string? EscalateTo { get; set; }
    public string EscalationReason { get; set; } = string.Empty;

    /// <summary>The network person id of whoever saved this version.</summary>
    public string SubmittedBy { get; set; } = string.Empty;

    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>1 for the first submission, +1 per change; cards carry it to detect changes made meanwhile.</summary>
    public int Version { get; set; }

    /// <summary>"card" or "text" (the quick update command).</summary>
    public string Source { get; set; } = string.Empty;

    public DateTimeOffset DeadlineAt { get; set; }

    public static string CyclePartition(string forumId, string meetingId) => UpdateTables.Key(forumId, meetingId);

    public static string HistoryRowKey(string meetingId, string forumId) => UpdateTables.Key(meetingId, forumId);

    public UpdateContent Content() => new(
        UpdateStatuses.Words.TryParse(Status, out var status) ? status : null,
        Reached,
        WentWell,
        Barriers,
        Needs,
        [.. NeedsFrom.Split(',', StringSplitOptions.RemoveEmptyEntries)],
        string.IsNullOrEmpty(EscalateTo) ? null : EscalateTo,
        EscalationReason);

    public void SetContent(UpdateContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Status = content.Status is { } status ? UpdateStatuses.Words.Word(status) : null;
        Reached = content.Reached;
        WentWell = content.WentWell;
        Barriers = content.Barriers;
        Needs = content.Needs;
        NeedsFrom = string.Join(',', content.NeedsFrom);
        EscalateTo = content.EscalateTo;
        EscalationReason = content.EscalationReason;
    }

    /// <summary>The copy for UpdateHistory: same content, keyed by initiative.</summary>
    public UpdateRow ToHistory() => this with
    {
        PartitionKey = InitiativeId,
        RowKey = HistoryRowKey(MeetingId, ForumId),
        ETag = default,
        Timestamp = null,
    };
}
