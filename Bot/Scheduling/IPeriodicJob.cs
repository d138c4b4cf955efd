namespace ForumBot.Scheduling;

/// <summary>
/// A feature's background job that WRITES (unlike <see cref="IDueWorkSource"/>, which only reads):
/// run by the scheduler's lease holder after every pass (every Scheduling:TickSeconds), so on one
/// instance at a time, and only once the tables exist. One failing job does not stop the others;
/// each logs its own work. It must tolerate being run twice for one instant (a lease handover) and
/// being skipped for a while (downtime): derive what to do from stored state and <c>now</c>.
/// Registered with <c>services.AddSingleton&lt;IPeriodicJob, T&gt;()</c>.
/// </summary>
public interface IPeriodicJob
{
    /// <summary>For logs: what the job is, e.g. "agenda-refresh".</summary>
    string Name { get; }

    Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
