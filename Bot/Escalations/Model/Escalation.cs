namespace ForumBot.Escalations.Model;

/// <summary>Where an escalation stands: waiting for the forum it went to, answered, or declined ("not for us").</summary>
public enum EscalationState
{
    Open,
    Answered,
    Declined,
}

/// <summary>What an escalation was raised from: an initiative's update for a cycle, or an item on a forum's agenda.</summary>
public enum EscalationOriginKind
{
    Update,
    AgendaItem,
}

/// <summary>How the forum it went to answered: a decision, a follow-up of its own, or "not for us" with a reason.</summary>
public enum EscalationAnswerKind
{
    Decision,
    FollowUp,
    NotForUs,
}

/// <summary>
/// The answer the receiving forum's chair gave, and where: <see cref="MeetingId"/> is the meeting
/// of the receiving forum whose agenda it was answered from.
/// </summary>
/// <param name="Text">The decision, what is followed up, or why it is not for the forum (CPR-guarded).</param>
/// <param name="FollowUpId">The follow-up of the receiving forum, for <see cref="EscalationAnswerKind.FollowUp"/>.</param>
public sealed record EscalationAnswer(EscalationAnswerKind Kind, string Text, string? FollowUpId, string AnsweredBy, DateTimeOffset AnsweredAt, string MeetingId);

/// <summary>
/// A matter one forum (<see cref="FromForumId"/>, "A") hands to another (<see cref="ToForumId"/>,
/// "B"): raised from an update of A's cycle <see cref="OriginMeetingId"/> or from an item of that
/// meeting's agenda (<see cref="OriginItemKey"/>), it is on B's agendas until a chair of B answers
/// it; the answer goes back to A's chairs and the initiative's contacts and onto A's next agenda.
/// </summary>
/// <param name="InitiativeId">The initiative it is about, when there is one (an update's; an item about an initiative).</param>
/// <param name="TitleEnglish">What it is about, as A's agenda or the update named it: the initiative's or the item's title.</param>
/// <param name="Reason">Why B should take it up, written for B (the update's escalation reason or the chair's), CPR-guarded.</param>
/// <param name="Notified">Whether the answer has been put in the outbox for everyone it goes to (the reconcile job finishes it otherwise).</param>
/// <param name="Version">1 when raised, +1 per change: every write is conditional on the row's ETag.</param>
public sealed record Escalation(
    string Id,
    string FromForumId,
    string ToForumId,
    EscalationOriginKind OriginKind,
    string OriginMeetingId,
    string? OriginItemKey,
    string? InitiativeId,
    string TitleEnglish,
    string TitleDanish,
    string Reason,
    string RaisedBy,
    DateTimeOffset RaisedAt,
    EscalationState State,
    EscalationAnswer? Answer,
    bool Notified,
    int Version)
{
    public const int MaxReasonLength = 2000;
    public const int MaxAnswerLength = 1000;

    public bool IsOpen => State == EscalationState.Open;

    /// <summary>The key of the escalation's item on the receiving forum's agenda.</summary>
    public string ItemKey => EscalationIds.ItemKey(Id);

    /// <summary>The key of the answer's item on the raising forum's agenda.</summary>
    public string AnswerItemKey => EscalationIds.AnswerItemKey(Id);
}
