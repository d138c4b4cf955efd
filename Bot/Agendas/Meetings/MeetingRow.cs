using ForumBot.Storage;

namespace ForumBot.Agendas.Meetings;

/// <summary>
/// Every row of the Meetings table (docs/storage.md, "Meetings"): the meeting's state, an item's
/// marks, a proposal, a carried-over item and a posting's record, all in the meeting's partition.
/// One record with every kind's columns; null columns are not stored.
/// </summary>
public sealed record MeetingRow : TableRow
{
    // state
    public bool? Closed { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? ClosedBy { get; set; }

    /// <summary>Carry-over and minutes done after the close.</summary>
    public bool? Completed { get; set; }

    // item|<key>
    public string? ItemKey { get; set; }
    public bool? Discussed { get; set; }
    public string? DiscussedBy { get; set; }
    public DateTimeOffset? DiscussedAt { get; set; }
    public string? Decision { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public bool? Removed { get; set; }
    public string? RemovedBy { get; set; }
    public DateTimeOffset? RemovedAt { get; set; }

    /// <summary>Comma-separated follow-up ids created on the item.</summary>
    public string? FollowUpIds { get; set; }
    public string? EscalationId { get; set; }

    // proposal|<id>
    public string? ProposalId { get; set; }
    public string? Text { get; set; }
    public string? ProposedBy { get; set; }
    public DateTimeOffset? ProposedAt { get; set; }

    // carried|<key>
    public string? SourceKey { get; set; }
    public string? TitleEnglish { get; set; }
    public string? TitleDanish { get; set; }
    public string? OriginEnglish { get; set; }
    public string? OriginDanish { get; set; }
    public string? FromMeetingId { get; set; }
    public DateTimeOffset? FromStart { get; set; }

    // post|<target> (Agendas/Posting)
    public string? LastHash { get; set; }
    public DateTimeOffset? LastPutAt { get; set; }
    public int? Seq { get; set; }
}
