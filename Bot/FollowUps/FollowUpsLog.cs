namespace ForumBot.FollowUps;

/// <summary>The follow-ups' log lines (event ids 7000–7499). Ids and kinds only: never the follow-up's text or names.</summary>
public static partial class FollowUpsLog
{
    [LoggerMessage(7000, LogLevel.Information, "Follow-up {FollowUpId} created in forum {ForumId} by {PersonId} for {OwnerId}")]
    public static partial void Created(ILogger logger, string followUpId, string forumId, string personId, string ownerId);

    [LoggerMessage(7001, LogLevel.Information, "Follow-up command refused for {PersonId} on forum {ForumId}: {Reason}")]
    public static partial void Refused(ILogger logger, string personId, string forumId, string reason);

    [LoggerMessage(7002, LogLevel.Information, "A follow-up text was refused: it looked like it held a CPR number")]
    public static partial void CprRefused(ILogger logger);

    [LoggerMessage(7003, LogLevel.Information, "Follow-up {FollowUpId} changed by {PersonId}: {Change}")]
    public static partial void Changed(ILogger logger, string followUpId, string personId, string change);

    [LoggerMessage(7004, LogLevel.Information, "Follow-up {FollowUpId}: a change by {PersonId} lost to one made meanwhile; nothing written")]
    public static partial void ChangedMeanwhile(ILogger logger, string followUpId, string personId);

    [LoggerMessage(7005, LogLevel.Information, "Follow-up {FollowUpId}: {Kind} card queued")]
    public static partial void Queued(ILogger logger, string followUpId, string kind);

    [LoggerMessage(7006, LogLevel.Warning, "Follow-up {FollowUpId}: the {Kind} card could not be queued; the change itself is saved")]
    public static partial void QueueFailed(ILogger logger, Exception exception, string followUpId, string kind);

    [LoggerMessage(7007, LogLevel.Warning, "Follow-up card refused for {PersonId}: it names follow-up {FollowUpId} for someone else or the data is not ours")]
    public static partial void ForgedCard(ILogger logger, string personId, string followUpId);

    [LoggerMessage(7008, LogLevel.Information, "A follow-up card action arrived without usable data (correlation {CorrelationId})")]
    public static partial void MalformedCard(ILogger logger, string correlationId);

    [LoggerMessage(7009, LogLevel.Information, "Follow-up {FollowUpId}: a card of version {CardVersion} was pressed at version {Version}; answered with the current card")]
    public static partial void StaleCard(ILogger logger, string followUpId, int cardVersion, int version);

    [LoggerMessage(7010, LogLevel.Debug, "Follow-up reminders: {Count} due in forum {ForumId}")]
    public static partial void RemindersDue(ILogger logger, string forumId, int count);

    [LoggerMessage(7011, LogLevel.Information, "Follow-up form on a card refused for {FollowUpId}: fields {Fields}")]
    public static partial void FormRefused(ILogger logger, string followUpId, string fields);
}
