using ForumBot.Storage;

namespace ForumBot.Escalations.Storage;

/// <summary>
/// Every row of the Escalations table (docs/storage.md, "Escalations"): the escalation's item row
/// and its index pointers, which carry only <see cref="EscalationId"/> and <see cref="Version"/>.
/// One record with every kind's columns; null columns are not stored.
/// </summary>
public sealed record EscalationRow : TableRow
{
    public string EscalationId { get; set; } = string.Empty;

    /// <summary>On the item, the escalation's version; on a pointer, the version it was written for.</summary>
    public int? Version { get; set; }

    public string? FromForumId { get; set; }
    public string? ToForumId { get; set; }

    /// <summary>"update" or "agenda-item".</summary>
    public string? Origin { get; set; }

    public string? OriginMeetingId { get; set; }
    public string? OriginItemKey { get; set; }
    public string? InitiativeId { get; set; }
    public string? TitleEnglish { get; set; }
    public string? TitleDanish { get; set; }
    public string? Reason { get; set; }
    public string? RaisedBy { get; set; }
    public DateTimeOffset? RaisedAt { get; set; }

    /// <summary>"open", "answered", "declined".</summary>
    public string? State { get; set; }

    /// <summary>"decision", "follow-up", "not-for-us".</summary>
    public string? AnswerKind { get; set; }

    public string? AnswerText { get; set; }
    public string? FollowUpId { get; set; }
    public string? AnsweredBy { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public string? AnsweredMeetingId { get; set; }
    public bool? Notified { get; set; }
}
