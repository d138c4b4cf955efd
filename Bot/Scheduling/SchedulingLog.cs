namespace ForumBot.Scheduling;

/// <summary>
/// Scheduler and outbox log lines, event ids 3000–3099. Keys, kinds, ids, counts and status
/// codes only: never message text or card content.
/// </summary>
internal static partial class SchedulingLog
{
    [LoggerMessage(3000, LogLevel.Information, "Scheduler lease acquired by {Holder} until {ExpiresAt:O}")]
    public static partial void LeaseAcquired(ILogger logger, string holder, DateTimeOffset expiresAt);

    [LoggerMessage(3001, LogLevel.Warning, "Scheduler lease lost by {Holder}; now held by {CurrentHolder}")]
    public static partial void LeaseLost(ILogger logger, string holder, string? currentHolder);

    [LoggerMessage(3002, LogLevel.Information, "Scheduler lease released by {Holder}")]
    public static partial void LeaseReleased(ILogger logger, string holder);

    [LoggerMessage(3003, LogLevel.Information, "Scheduler disabled on this instance (Scheduling:Enabled=false)")]
    public static partial void Disabled(ILogger logger);

    [LoggerMessage(3010, LogLevel.Debug, "Scheduler pass started as of {AsOf:O}, window from {WindowStart:O}")]
    public static partial void PassStarted(ILogger logger, DateTimeOffset asOf, DateTimeOffset windowStart);

    /// <summary>Information when the pass enqueued or skipped something; Debug when there was nothing to do.</summary>
    [LoggerMessage(EventId = 3011, Message = "Scheduler pass finished: {Found} due, {Enqueued} enqueued, {AlreadyEnqueued} already enqueued, {Skipped} skipped as too old, in {ElapsedMs} ms")]
    public static partial void PassFinished(ILogger logger, LogLevel level, int found, int enqueued, int alreadyEnqueued, int skipped, long elapsedMs);

    [LoggerMessage(3012, LogLevel.Error, "Due-work source {Source} failed; the other sources ran")]
    public static partial void SourceFailed(ILogger logger, Exception exception, string source);

    [LoggerMessage(3013, LogLevel.Warning, "Skipped {Kind} {Key}: due {DueAt:O}, older than the catch-up window starting {WindowStart:O}")]
    public static partial void SkippedOld(ILogger logger, string kind, string key, DateTimeOffset dueAt, DateTimeOffset windowStart);

    [LoggerMessage(3040, LogLevel.Debug, "Periodic job {Job} finished in {ElapsedMs} ms")]
    public static partial void JobFinished(ILogger logger, string job, long elapsedMs);

    [LoggerMessage(3041, LogLevel.Error, "Periodic job {Job} failed; the other jobs ran")]
    public static partial void JobFailed(ILogger logger, Exception exception, string job);

    [LoggerMessage(3020, LogLevel.Information, "Enqueued {Kind} {Key}, due {DueAt:O}")]
    public static partial void Enqueued(ILogger logger, string kind, string key, DateTimeOffset dueAt);

    [LoggerMessage(3021, LogLevel.Information, "Sent {Kind} {Key} after {Attempts} attempt(s)")]
    public static partial void Sent(ILogger logger, string kind, string key, int attempts);

    [LoggerMessage(3022, LogLevel.Warning, "Send of {Key} failed transiently ({Reason}); attempt {Attempt} of {MaxAttempts}, retry in {Delay}")]
    public static partial void Retried(ILogger logger, string key, string reason, int attempt, int maxAttempts, TimeSpan delay);

    [LoggerMessage(3023, LogLevel.Warning, "Send of {Key} throttled (429); retry in {Delay}")]
    public static partial void Throttled(ILogger logger, string key, TimeSpan delay);

    [LoggerMessage(3024, LogLevel.Warning, "Delivery of {Kind} {Key} failed: {Reason} {Detail}")]
    public static partial void Failed(ILogger logger, string kind, string key, string reason, string? detail);

    [LoggerMessage(3025, LogLevel.Warning, "Outbox row {Key} was taken over by another dispatcher after its claim expired; the message may have been sent twice")]
    public static partial void ClaimLost(ILogger logger, string key);

    [LoggerMessage(3026, LogLevel.Information, "Conversation reference {ConversationKind} marked inactive: {Reason}")]
    public static partial void ReferenceMarkedInactive(ILogger logger, string conversationKind, string reason);

    [LoggerMessage(3027, LogLevel.Information, "Opened a 1:1 conversation for {Key}")]
    public static partial void ConversationOpened(ILogger logger, string key);

    [LoggerMessage(3028, LogLevel.Information, "Outbox row {Key} deferred to {NextAttemptAt:O}")]
    public static partial void Deferred(ILogger logger, string key, DateTimeOffset nextAttemptAt);

    /// <summary>Information when the round processed a message; Debug when nothing was due.</summary>
    [LoggerMessage(EventId = 3029, Message = "Dispatch round finished: {Sent} sent, {Failed} failed, {Deferred} deferred in {ElapsedMs} ms")]
    public static partial void RoundFinished(ILogger logger, LogLevel level, int sent, int failed, int deferred, long elapsedMs);

    /// <summary>Debug: a message about an earlier one looks again every poll until that one is sent.</summary>
    [LoggerMessage(3031, LogLevel.Debug, "Outbox row {Key} waits for the earlier message {AboutKey}; next look at {NextLookAt:O}")]
    public static partial void Waiting(ILogger logger, string key, string aboutKey, DateTimeOffset nextLookAt);

    [LoggerMessage(3030, LogLevel.Error, "Outbox row {Key} could not be processed; it is retried when its claim expires")]
    public static partial void RowError(ILogger logger, Exception exception, string key);
}
