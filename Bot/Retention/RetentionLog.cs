namespace ForumBot.Retention;

/// <summary>Retention log lines, event ids 3500–3509: cutoffs, purge names and counts only, never row content.</summary>
internal static partial class RetentionLog
{
    [LoggerMessage(3500, LogLevel.Information, "Retention: keeping {RetentionDays} days; first pass at {FirstPassAt:O}, then every {Interval}")]
    public static partial void Started(ILogger logger, int retentionDays, DateTimeOffset firstPassAt, TimeSpan interval);

    [LoggerMessage(3501, LogLevel.Information, "Retention pass started: cutoff {Cutoff:O} ({RetentionDays} days), {Purges} purges")]
    public static partial void PassStarted(ILogger logger, DateTimeOffset cutoff, int retentionDays, int purges);

    [LoggerMessage(3502, LogLevel.Information, "Retention purge {Purge}: {Deleted} rows deleted in {ElapsedMs} ms")]
    public static partial void Purged(ILogger logger, string purge, int deleted, long elapsedMs);

    [LoggerMessage(3503, LogLevel.Error, "Retention purge {Purge} failed; the other purges ran, and the next pass tries again")]
    public static partial void PurgeFailed(ILogger logger, Exception exception, string purge);

    [LoggerMessage(3504, LogLevel.Information, "Retention pass finished: {Deleted} rows deleted, {Failed} purges failed, in {ElapsedMs} ms")]
    public static partial void PassFinished(ILogger logger, int deleted, int failed, long elapsedMs);
}
