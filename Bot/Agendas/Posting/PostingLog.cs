namespace ForumBot.Agendas.Posting;

/// <summary>Log lines of agenda posting, event ids 7600–7649: forum and meeting ids, targets (person ids or "channel") and counts only.</summary>
internal static partial class PostingLog
{
    /// <summary>Debug: every pass in the catch-up window finds the same post (the outbox keeps it once).</summary>
    [LoggerMessage(7600, LogLevel.Debug, "Agenda of forum {ForumId} for meeting {MeetingId} due to be posted to {Targets} target(s) ({Where})")]
    public static partial void PostDue(ILogger logger, string forumId, string meetingId, int targets, string where);

    [LoggerMessage(7601, LogLevel.Debug, "Agenda of forum {ForumId} for meeting {MeetingId} not posted: the meeting is closed or over")]
    public static partial void PostSkipped(ILogger logger, string forumId, string meetingId);

    [LoggerMessage(7610, LogLevel.Information, "Agenda of forum {ForumId} for meeting {MeetingId} changed: update {Seq} of the post to {Target} enqueued")]
    public static partial void UpdateEnqueued(ILogger logger, string forumId, string meetingId, string target, int seq);

    [LoggerMessage(7611, LogLevel.Debug, "Agenda of forum {ForumId} for meeting {MeetingId} changed; the post to {Target} was updated less than a minute ago, so it waits")]
    public static partial void UpdateCoalesced(ILogger logger, string forumId, string meetingId, string target);

    [LoggerMessage(7612, LogLevel.Information, "Update {Seq} of the agenda post of forum {ForumId} for meeting {MeetingId} to {Target} was recorded by another instance")]
    public static partial void UpdateRaced(ILogger logger, string forumId, string meetingId, string target, int seq);
}
