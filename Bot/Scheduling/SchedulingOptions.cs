using System.ComponentModel.DataAnnotations;

namespace ForumBot.Scheduling;

/// <summary>
/// Settings of the scheduler and the outbox dispatcher (section "Scheduling"), checked at
/// start-up. Defaults suit Teams and App Service; see docs/scheduling.md.
/// </summary>
public sealed class SchedulingOptions : IValidatableObject
{
    public const string Section = "Scheduling";

    /// <summary>False: this instance never takes the lease (no passes, no dispatching). The CLI works regardless.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Seconds between scheduler passes.</summary>
    [Range(1, 3600, ErrorMessage = "Scheduling:TickSeconds must lie between {1} and {2}.")]
    public int TickSeconds { get; set; } = 60;

    /// <summary>How long the lease lasts without renewal; a killed holder's lease is taken over after this.</summary>
    [Range(10, 3600, ErrorMessage = "Scheduling:LeaseSeconds must lie between {1} and {2}.")]
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>Work missed (downtime) within this many hours is still sent; older work is skipped with a log line.</summary>
    [Range(0, 24 * 30, ErrorMessage = "Scheduling:CatchUpHours must lie between {1} and {2}.")]
    public int CatchUpHours { get; set; } = 24;

    /// <summary>Seconds between looks at the outbox for messages enqueued by features (and for lease renewal).</summary>
    [Range(1, 300, ErrorMessage = "Scheduling:DispatchPollSeconds must lie between {1} and {2}.")]
    public int DispatchPollSeconds { get; set; } = 5;

    /// <summary>Conversations sent to in parallel; the rate limiter, not this, bounds the rate.</summary>
    [Range(1, 256, ErrorMessage = "Scheduling:MaxConcurrentSends must lie between {1} and {2}.")]
    public int MaxConcurrentSends { get; set; } = 16;

    /// <summary>Attempts per message (throttled ones included) before it is marked failed.</summary>
    [Range(1, 50, ErrorMessage = "Scheduling:MaxAttempts must lie between {1} and {2}.")]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>One connector call's limit; a timed-out call is retried like a 5xx.</summary>
    [Range(1, 120, ErrorMessage = "Scheduling:AttemptTimeoutSeconds must lie between {1} and {2}.")]
    public int AttemptTimeoutSeconds { get; set; } = 15;

    /// <summary>First backoff after a transient failure; doubles per attempt (with jitter), capped at 60 s.</summary>
    [Range(1, 60_000, ErrorMessage = "Scheduling:RetryBaseDelayMilliseconds must lie between {1} and {2}.")]
    public int RetryBaseDelayMilliseconds { get; set; } = 1000;

    /// <summary>
    /// Added to every rate-limit window. Latency needs none (a call counts until its answer is
    /// back, see ConnectorRateLimiter); this covers rounding in how Teams timestamps arrivals.
    /// </summary>
    [Range(0, 1000, ErrorMessage = "Scheduling:RateLimitMarginMilliseconds must lie between {1} and {2}.")]
    public int RateLimitMarginMilliseconds { get; set; } = 10;

    public TimeSpan Tick => TimeSpan.FromSeconds(TickSeconds);

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    public TimeSpan CatchUp => TimeSpan.FromHours(CatchUpHours);

    public TimeSpan DispatchPoll => TimeSpan.FromSeconds(DispatchPollSeconds);

    public TimeSpan AttemptTimeout => TimeSpan.FromSeconds(AttemptTimeoutSeconds);

    public TimeSpan RetryBaseDelay => TimeSpan.FromMilliseconds(RetryBaseDelayMilliseconds);

    public TimeSpan RateLimitMargin => TimeSpan.FromMilliseconds(RateLimitMarginMilliseconds);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // A dispatch round stops claiming an attempt timeout before the lease ends and must leave room to work.
        if (LeaseSeconds < 2 * AttemptTimeoutSeconds + 5)
        {
            yield return new ValidationResult(
                $"{Section}:LeaseSeconds ({LeaseSeconds}) must be at least twice {Section}:AttemptTimeoutSeconds ({AttemptTimeoutSeconds}) plus 5.");
        }

        if (DispatchPollSeconds * 3 > LeaseSeconds)
        {
            yield return new ValidationResult(
                $"{Section}:DispatchPollSeconds ({DispatchPollSeconds}) must be at most a third of {Section}:LeaseSeconds ({LeaseSeconds}), so the lease is renewed in time.");
        }
    }
}
