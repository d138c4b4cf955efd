namespace ForumBot.Escalations;

/// <summary>The escalations' log lines (event ids 7800–7999). Ids and kinds only: never a reason, an answer or a name.</summary>
internal static partial class EscalationsLog
{
    [LoggerMessage(7800, LogLevel.Information, "Escalation {EscalationId} raised from {Origin} of forum {FromForumId} to forum {ToForumId} by {PersonId}")]
    public static partial void Raised(ILogger logger, string escalationId, string origin, string fromForumId, string toForumId, string personId);

    [LoggerMessage(7801, LogLevel.Information, "Escalation {EscalationId} changed by a resubmitted update: now to forum {ToForumId}")]
    public static partial void Resubmitted(ILogger logger, string escalationId, string toForumId);

    [LoggerMessage(7802, LogLevel.Warning, "Escalation {EscalationId} was missing for a saved update; the reconcile job raised it")]
    public static partial void Reconciled(ILogger logger, string escalationId);

    [LoggerMessage(7803, LogLevel.Information, "Escalation {EscalationId} answered in forum {ForumId} by {PersonId}: {Kind}")]
    public static partial void Answered(ILogger logger, string escalationId, string forumId, string personId, string kind);

    [LoggerMessage(7804, LogLevel.Information, "Escalation {EscalationId}: an answer by {PersonId} came after one given first; nothing written")]
    public static partial void AnsweredMeanwhile(ILogger logger, string escalationId, string personId);

    [LoggerMessage(7805, LogLevel.Information, "Escalation {EscalationId}: the answer is in the outbox for {Count} people")]
    public static partial void AnswerQueued(ILogger logger, string escalationId, int count);

    [LoggerMessage(7806, LogLevel.Information, "Escalation action {Verb} by {PersonId} on forum {ForumId} refused: {Reason}")]
    public static partial void Refused(ILogger logger, string verb, string personId, string forumId, string reason);

    [LoggerMessage(7807, LogLevel.Information, "An escalation text was refused: it looked like it held a CPR number")]
    public static partial void CprRefused(ILogger logger);

    [LoggerMessage(7808, LogLevel.Debug, "Escalation reconcile: {Cycles} open cycles read, {Raised} escalations raised, {Notified} answers queued")]
    public static partial void ReconcilePass(ILogger logger, int cycles, int raised, int notified);

    [LoggerMessage(7809, LogLevel.Information, "Follow-up {FollowUpId} for escalation {EscalationId} cancelled: the escalation was answered first by someone else")]
    public static partial void FollowUpWithdrawn(ILogger logger, string followUpId, string escalationId);

    [LoggerMessage(7810, LogLevel.Warning, "Escalation action {Verb} names escalation item {ItemKey} that is not stored; refused")]
    public static partial void Unknown(ILogger logger, string verb, string itemKey);
}
