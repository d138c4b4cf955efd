namespace ForumBot.Updates;

/// <summary>
/// The Updates feature's log events (6000–6099). Ids and field names only: never a text a user
/// typed, never a card input (privacy).
/// </summary>
internal static partial class UpdatesLog
{
    [LoggerMessage(6001, LogLevel.Information, "Update requests due for forum {ForumId} meeting {MeetingId}: {Count}")]
    public static partial void RequestsDue(ILogger logger, string forumId, string meetingId, int count);

    [LoggerMessage(6002, LogLevel.Information, "Update reminders due for forum {ForumId} meeting {MeetingId}: {Count}")]
    public static partial void RemindersDue(ILogger logger, string forumId, string meetingId, int count);

    [LoggerMessage(6010, LogLevel.Warning, "Update card refused: its data does not match a request sent to person {PersonId} (request {RequestId}); forged or foreign card")]
    public static partial void ForgedCard(ILogger logger, string personId, string requestId);

    [LoggerMessage(6011, LogLevel.Warning, "Update card refused: the action data is incomplete (correlation {CorrelationId})")]
    public static partial void MalformedCard(ILogger logger, string correlationId);

    [LoggerMessage(6012, LogLevel.Warning, "Update refused: person {PersonId} may not submit for initiative {InitiativeId}")]
    public static partial void NotAuthorized(ILogger logger, string personId, string initiativeId);

    [LoggerMessage(6013, LogLevel.Information, "Update for {InitiativeId} ({ForumId} {MeetingId}) refused: the deadline has passed")]
    public static partial void AfterDeadline(ILogger logger, string initiativeId, string forumId, string meetingId);

    [LoggerMessage(6014, LogLevel.Information, "Update for {InitiativeId} not valid; fields: {Fields}")]
    public static partial void Invalid(ILogger logger, string initiativeId, string fields);

    [LoggerMessage(6015, LogLevel.Information, "Update text refused by the privacy guard (a CPR number) in {Where}; nothing stored")]
    public static partial void CprRefused(ILogger logger, string where);

    [LoggerMessage(6016, LogLevel.Information, "Update for {InitiativeId} ({ForumId} {MeetingId}) changed meanwhile; version {Version} kept")]
    public static partial void ChangedMeanwhile(ILogger logger, string initiativeId, string forumId, string meetingId, int version);

    [LoggerMessage(6017, LogLevel.Information, "Update for {InitiativeId} ({ForumId} {MeetingId}) saved: version {Version} by {PersonId} from {Source}")]
    public static partial void Saved(ILogger logger, string initiativeId, string forumId, string meetingId, int version, string personId, string source);

    [LoggerMessage(6018, LogLevel.Warning, "After the update for {InitiativeId} ({ForumId} {MeetingId}) was saved, listener {Listener} failed; the update is kept")]
    public static partial void ListenerFailed(ILogger logger, Exception exception, string listener, string initiativeId, string forumId, string meetingId);
}
