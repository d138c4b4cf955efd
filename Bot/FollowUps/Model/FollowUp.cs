namespace ForumBot.FollowUps.Model;

/// <summary>Where a follow-up came from: a command (<see cref="Direct"/>), an agenda item's card; updates and escalations are to come.</summary>
public enum FollowUpOrigin
{
    Direct,
    AgendaItem,
    Update,
    Escalation,
}

public enum FollowUpStatus
{
    Open,
    Done,
    Cancelled,
}

/// <summary>
/// One follow-up as features see it. The due date is a calendar day in the network's zone (a
/// follow-up is due "on Friday", not at an instant); it is overdue from the day after.
/// <see cref="OrganisationId"/> is the owner's organisation when it was last assigned.
/// </summary>
public sealed record FollowUp(
    string Id,
    string ForumId,
    FollowUpOrigin Origin,
    string? OriginRef,
    string Text,
    string OwnerId,
    string OrganisationId,
    DateOnly Due,
    FollowUpStatus Status,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    int Version)
{
    public const int MaxTextLength = 500;

    public bool IsOpen => Status == FollowUpStatus.Open;

    public bool IsOverdue(DateOnly today) => IsOpen && Due < today;
}

/// <summary>What one change did, for the history and the "someone changed it meanwhile" answer.</summary>
public enum FollowUpChangeKind
{
    Created,
    Done,
    Cancelled,
    Reopened,
    Reassigned,
    DueChanged,

    /// <summary>The owner or a chair wrote a comment (its text in NewValue).</summary>
    Commented,

    /// <summary>The owner asked the chairs for a new due date (the day in NewValue); the due date is unchanged.</summary>
    DueProposed,

    /// <summary>A chair accepted a proposed due date (the new day in NewValue): the due date changed.</summary>
    DueProposalAccepted,

    /// <summary>A chair refused a proposed due date (the refused day in NewValue); the due date is unchanged.</summary>
    DueProposalRefused,
}

/// <summary>
/// One history entry: who changed the follow-up, when, what, and the new value: the new owner id,
/// the due day (proposed, accepted, refused or set), or the text of a comment or of the note that
/// came with "done" (at most <see cref="MaxNoteLength"/> characters, passed the CPR guard).
/// </summary>
public sealed record FollowUpChange(int Version, string PersonId, DateTimeOffset At, FollowUpChangeKind Kind, string? NewValue)
{
    public const int MaxNoteLength = 500;
}
