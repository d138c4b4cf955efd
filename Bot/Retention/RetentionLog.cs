namespace ForumBot.Retention;

/// <summary>Retention log lines, event ids 3500–3509: cutoffs, purge names and counts only, never row content.</summary>
internal static partial class RetentionLog
{
    [LoggerMessage(3500, LogLevel.Information, "Retention: keeping {RetentionDays} days; first pass at {FirstPassAt:O}, then every {Interval}")]
    public static partial void Started(ILogger logger, int retentionDays, DateTimeOffset firstPassAt, TimeSpan interval);

    [LoggerMessage(3501, LogLevel.Debug, "Retention pass started: cutoff {Cutoff:O} ({RetentionDays} days), {Purges} purges")]
    public static partial void PassStarted(ILogger logger, DateTimeOffset cutoff, int retentionDays, int purges);

    /// <summary>Information when rows were deleted; Debug when there was nothing to delete.</summary>
    [LoggerMessage(EventId = 3502, Message = "Retention purge {Purge}: {Deleted} rows deleted in {ElapsedMs} ms")]
    public static partial void Purged(ILogger logger, LogLevel level, string purge, int deleted, long elapsedMs);

    [LoggerMessage(3503, LogLevel.Error, "Retention purge {Purge} failed; the other purges ran, and the next pass tries again")]
    public static partial void PurgeFailed(ILogger logger, Exception exception, string purge);

    /// <summary>Information when the pass deleted rows or a purge failed; Debug when there was nothing to do.</summary>
    [LoggerMessage(EventId = 3504, Message = "Retention pass finished: {Deleted} rows deleted, {Failed} purges failed, in {ElapsedMs} ms")]
    public static partial void PassFinished(ILogger logger, LogLevel level, int deleted, int failed, long elapsedMs);
}
