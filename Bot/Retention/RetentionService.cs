using System.Diagnostics;
using ForumBot.Storage;
using Microsoft.Extensions.Options;

namespace ForumBot.Retention;

/// <summary>What one retention pass did: rows deleted per purge, and the purges that failed.</summary>
public sealed record RetentionPassResult(DateTimeOffset Cutoff, IReadOnlyDictionary<string, int> Deleted, IReadOnlyList<string> Failed)
{
    public int Total => Deleted.Values.Sum();
}

/// <summary>
/// Runs every <see cref="IRetentionPurge"/> shortly after start-up and then once a day, with the
/// cutoff now − ForumBot:RetentionDays, once the tables exist. A purge that fails is logged and
/// the others still run (a storage outage as one Warning a minute with its reason,
/// <see cref="OutageLog"/>); nothing here ever stops the host.
///
/// It runs on every instance, without a lease, on purpose: each purge is idempotent (it deletes
/// what is older than a cutoff, each row with the ETag it was read with, and a row another instance
/// deleted first is simply skipped), so two instances purging at once delete each row once and
/// merely repeat a few reads. A lease would add a failure mode (a stuck holder stops all purging)
/// and buy nothing but those reads, once a day.
/// </summary>
public sealed class RetentionService(
    IEnumerable<IRetentionPurge> purges,
    IOptions<RetentionOptions> options,
    TableInitializer tables,
    TimeProvider time,
    ILogger<RetentionService> logger) : BackgroundService
{
    /// <summary>Time after start-up before the first pass: lets the instance serve turns first.</summary>
    public static readonly TimeSpan FirstPassDelay = TimeSpan.FromMinutes(5);

    /// <summary>Time between the end of one pass and the start of the next.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    private readonly IReadOnlyList<IRetentionPurge> _purges = [.. purges];
    private readonly OutageLog _outage = new("Retention", time, logger);
    private int _passes;

    /// <summary>Passes completed since start-up (for tests and diagnostics).</summary>
    public int PassesCompleted => Volatile.Read(ref _passes);

    /// <summary>One pass over every purge with the cutoff as of now.</summary>
    public async Task<RetentionPassResult> RunPassAsync(CancellationToken cancellationToken)
    {
        var days = options.Value.RetentionDays;
        var cutoff = time.GetUtcNow() - options.Value.Retention;
        RetentionLog.PassStarted(logger, cutoff, days, _purges.Count);
        var started = Stopwatch.GetTimestamp();
        var deleted = new Dictionary<string, int>(StringComparer.Ordinal);
        var failed = new List<string>();
        foreach (var purge in _purges)
        {
            var purgeStarted = Stopwatch.GetTimestamp();
            try
            {
                var count = await purge.PurgeOlderThanAsync(cutoff, cancellationToken);
                deleted[purge.Name] = count;
                _outage.Succeeded();
                var elapsedMs = (long)Stopwatch.GetElapsedTime(purgeStarted).TotalMilliseconds;
                RetentionLog.Purged(logger, count > 0 ? LogLevel.Information : LogLevel.Debug, purge.Name, count, elapsedMs);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Whatever it deleted before failing stays deleted; the next pass finishes the job.
                failed.Add(purge.Name);
                if (StorageFailures.OutageReason(ex, cancellationToken) is null)
                {
                    RetentionLog.PurgeFailed(logger, ex, purge.Name);
                }
                else
                {
                    _outage.Failed(ex, cancellationToken);
                }
            }
        }

        var result = new RetentionPassResult(cutoff, deleted, failed);
        Interlocked.Increment(ref _passes);
        var level = result.Total > 0 || failed.Count > 0 ? LogLevel.Information : LogLevel.Debug;
        var passMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        RetentionLog.PassFinished(logger, level, result.Total, failed.Count, passMs);
        return result;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await tables.WhenReady(stoppingToken);
            RetentionLog.Started(logger, options.Value.RetentionDays, time.GetUtcNow() + FirstPassDelay, Interval);
            await Task.Delay(FirstPassDelay, time, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await RunPassAsync(stoppingToken);
                await Task.Delay(Interval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: a pass cut short is finished by the next one.
        }
    }
}
