namespace ForumBot.Scheduling;

/// <summary>
/// Recurring work that writes (unlike an <see cref="IDueWorkSource"/>, which only finds due
/// messages): e.g. refreshing a posted card or closing a meeting at its end. The scheduler's
/// lease holder runs every registered job after each pass (every Scheduling:TickSeconds), so one
/// instance runs it at a time; a job that fails is logged and the others still run. A job must be
/// safe to run twice for the same instant (a lease can change hands mid-run): conditional writes
/// and deterministic outbox keys.
/// </summary>
public interface IPeriodicJob
{
    /// <summary>For logs.</summary>
    string Name { get; }

    Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
