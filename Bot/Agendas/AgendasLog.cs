namespace ForumBot.Agendas;

/// <summary>
/// What the meeting cycle logs (event ids 7650–7799; 7500–7649 are the agenda command's, the item
/// gate's and the posting's). Ids only: never an item's title, a decision or a proposal's text.
/// </summary>
internal static partial class AgendasLog
{
    [LoggerMessage(7650, LogLevel.Information, "Agenda item of forum {ForumId} meeting {MeetingId} marked discussed={Discussed} by {PersonId}")]
    public static partial void Discussed(ILogger logger, string forumId, string meetingId, bool discussed, string personId);

    [LoggerMessage(7651, LogLevel.Information, "Decision on an agenda item of forum {ForumId} meeting {MeetingId} saved by {PersonId} ({Length} characters)")]
    public static partial void DecisionSaved(ILogger logger, string forumId, string meetingId, string personId, int length);

    [LoggerMessage(7652, LogLevel.Information, "Decision on an agenda item of forum {ForumId} meeting {MeetingId} refused: {Reason}")]
    public static partial void DecisionRefused(ILogger logger, string forumId, string meetingId, string reason);

    [LoggerMessage(7653, LogLevel.Information, "Proposal removed from the agenda of forum {ForumId} meeting {MeetingId} by {PersonId}")]
    public static partial void ProposalRemoved(ILogger logger, string forumId, string meetingId, string personId);

    [LoggerMessage(7654, LogLevel.Warning, "Remove pressed on an agenda item of forum {ForumId} that is not a proposal: refused")]
    public static partial void RemoveNotProposal(ILogger logger, string forumId);

    [LoggerMessage(7660, LogLevel.Information, "Proposal {ProposalId} for forum {ForumId} meeting {MeetingId} by {PersonId}")]
    public static partial void Proposed(ILogger logger, string proposalId, string forumId, string meetingId, string personId);

    [LoggerMessage(7661, LogLevel.Information, "Proposal by {PersonId} for forum {ForumId} refused: {Reason}")]
    public static partial void ProposalRefused(ILogger logger, string personId, string forumId, string reason);

    [LoggerMessage(7670, LogLevel.Information, "Meeting {MeetingId} of forum {ForumId} closed by {ClosedBy}: {Discussed} items discussed, {Carried} carried over")]
    public static partial void Closed(ILogger logger, string meetingId, string forumId, string closedBy, int discussed, int carried);

    [LoggerMessage(7671, LogLevel.Information, "Meeting {MeetingId} of forum {ForumId} was already closed")]
    public static partial void AlreadyClosed(ILogger logger, string meetingId, string forumId);

    [LoggerMessage(7672, LogLevel.Information, "Close meeting of forum {ForumId} refused: {Reason}")]
    public static partial void CloseRefused(ILogger logger, string forumId, string reason);

    [LoggerMessage(7680, LogLevel.Information, "Minutes of forum {ForumId} meeting {MeetingId} for {Target}: {Result}")]
    public static partial void MinutesEnqueued(ILogger logger, string forumId, string meetingId, string target, string result);

    [LoggerMessage(7690, LogLevel.Information, "Meeting {MeetingId} of forum {ForumId} closed itself at its end time")]
    public static partial void AutoClosed(ILogger logger, string meetingId, string forumId);

    [LoggerMessage(7692, LogLevel.Warning, "Meeting {MeetingId} of forum {ForumId} was closed but its carry-over and minutes were not done: finished now")]
    public static partial void CloseCompleted(ILogger logger, string meetingId, string forumId);

    [LoggerMessage(7691, LogLevel.Debug, "Auto-close pass: {Checked} ended meetings checked, {Closed} closed")]
    public static partial void AutoClosePass(ILogger logger, int @checked, int closed);
}
