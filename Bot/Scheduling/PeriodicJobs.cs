using ForumBot.Storage;

namespace ForumBot.Scheduling;

/// <summary>
/// Runs every registered <see cref="IPeriodicJob"/> once, one after another, each isolated: a job
/// that throws is logged (3041) and the next still runs; a storage outage ends the round and is
/// left to the scheduler's outage log. Called by the lease holder after each pass.
/// </summary>
public sealed class PeriodicJobs(IServiceScopeFactory scopes, ILogger<PeriodicJobs> logger)
{
    /// <returns>How many jobs failed.</returns>
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var failed = 0;
        foreach (var job in scope.ServiceProvider.GetServices<IPeriodicJob>())
        {
            var started = Environment.TickCount64;
            try
            {
                await job.RunAsync(now, cancellationToken);
                SchedulingLog.JobFinished(logger, job.Name, Environment.TickCount64 - started);
            }
            catch (Exception ex) when ((ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                && StorageFailures.OutageReason(ex, cancellationToken) is null)
            {
                // A storage outage is not the job's fault and fails every job alike: it goes up to the
                // scheduler's step, whose outage log says so once a minute without a stack trace.
                failed++;
                SchedulingLog.JobFailed(logger, ex, job.Name);
            }
        }

        return failed;
    }
}
