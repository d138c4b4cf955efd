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
}
