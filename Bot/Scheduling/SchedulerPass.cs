using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ForumBot.Scheduling;

/// <summary>What one pass found and did.</summary>
public sealed record PassReport(DateTimeOffset AsOf, DateTimeOffset WindowStart, int Found, int Enqueued, int AlreadyEnqueued, int SkippedOld);

/// <summary>
/// One scheduler pass as of an instant: asks every registered <see cref="IDueWorkSource"/> for the
/// work due in the catch-up window [asOf − Scheduling:CatchUpHours, asOf] and enqueues each piece
/// under its deterministic key — insert-if-absent, so a second pass, a restart or a second
/// instance finds it already there. Work that fell due before the window (downtime longer than
/// the catch-up) is not sent; it is logged as skipped, once, when the pass follows such a gap.
/// </summary>
public sealed class SchedulerPass(IServiceScopeFactory scopes, IOutbox outbox, IOptions<SchedulingOptions> options, ILogger<SchedulerPass> logger)
{
    /// <summary>How far back skipped work is reported after a long outage (the sources are asked for this range once).</summary>
    public static readonly TimeSpan SkipReportLimit = TimeSpan.FromDays(7);

    // Keys this process has seen in the outbox, so that every tick does not re-insert a day's work.
    private readonly ConcurrentDictionary<string, DateTimeOffset> _known = new(StringComparer.Ordinal);

    public DateTimeOffset WindowStart(DateTimeOffset asOf) => asOf - options.Value.CatchUp;

    /// <summary>The work due as of <paramref name="asOf"/>, without writing anything (the CLI's dry run).</summary>
    public async Task<IReadOnlyList<DueWork>> FindDueAsync(DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var windowStart = WindowStart(asOf);
        var found = await CollectAsync(windowStart, asOf, cancellationToken);
        return [.. found.Where(w => w.DueAt >= windowStart && w.DueAt <= asOf).OrderBy(w => w.DueAt).ThenBy(w => w.Key, StringComparer.Ordinal)];
    }

    /// <param name="previousPassAt">When the last pass ran (from the lease row); a gap before the window is reported as skipped work.</param>
    public async Task<PassReport> RunAsync(DateTimeOffset asOf, DateTimeOffset? previousPassAt, CancellationToken cancellationToken)
    {
        var started = Environment.TickCount64;
        var windowStart = WindowStart(asOf);
        SchedulingLog.PassStarted(logger, asOf, windowStart);
        var skipped = previousPassAt is { } previous && previous < windowStart
            ? await ReportSkippedAsync(previous, windowStart, cancellationToken)
            : 0;

        var found = await CollectAsync(windowStart, asOf, cancellationToken);
        foreach (var old in found.Where(w => w.DueAt < windowStart))
        {
            SchedulingLog.SkippedOld(logger, old.Kind, old.Key, old.DueAt, windowStart);
            skipped++;
        }

        var due = found.Where(w => w.DueAt >= windowStart && w.DueAt <= asOf).ToList();
        foreach (var (key, dueAt) in _known)
        {
            if (dueAt < windowStart)
            {
                _known.TryRemove(key, out _);
            }
        }

        int enqueued = 0, already = 0;
        await Parallel.ForEachAsync(due.Where(w => !_known.ContainsKey(w.Key)),
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (work, token) =>
            {
                var result = await outbox.EnqueueAsync(work, token);
                Interlocked.Increment(ref result == EnqueueResult.Enqueued ? ref enqueued : ref already);
                _known[work.Key] = work.DueAt;
            });

        already += due.Count - enqueued - already;
        var level = enqueued > 0 || skipped > 0 ? LogLevel.Information : LogLevel.Debug;
        SchedulingLog.PassFinished(logger, level, due.Count, enqueued, already, skipped, Environment.TickCount64 - started);
        return new PassReport(asOf, windowStart, due.Count, enqueued, already, skipped);
    }

    private async Task<int> ReportSkippedAsync(DateTimeOffset previousPassAt, DateTimeOffset windowStart, CancellationToken cancellationToken)
    {
        var from = previousPassAt > windowStart - SkipReportLimit ? previousPassAt : windowStart - SkipReportLimit;
        var missed = (await CollectAsync(from, windowStart.AddTicks(-1), cancellationToken)).Where(w => w.DueAt < windowStart).ToList();
        foreach (var work in missed)
        {
            SchedulingLog.SkippedOld(logger, work.Kind, work.Key, work.DueAt, windowStart);
        }

        return missed.Count;
    }

    // Every source's work in the window; one failing source does not stop the others. First key wins.
    private async Task<List<DueWork>> CollectAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var found = new Dictionary<string, DueWork>(StringComparer.Ordinal);
        foreach (var source in scope.ServiceProvider.GetServices<IDueWorkSource>())
        {
            try
            {
                await foreach (var work in source.FindDueAsync(from, to, cancellationToken))
                {
                    found.TryAdd(work.Key, work);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                SchedulingLog.SourceFailed(logger, ex, source.GetType().Name);
            }
        }

        return [.. found.Values];
    }
}
