using System.ComponentModel.DataAnnotations;

namespace ForumBot.Protocol.Outbound;

/// <summary>
/// Bounds of the retry pipeline on the "BotConnector" HttpClient (section ForumBot:Connector).
/// The defaults suit Teams; tests shorten the delays.
/// </summary>
public sealed class ConnectorRetryOptions : IValidatableObject
{
    public const string Section = "ForumBot:Connector";

    /// <summary>Retries after the first attempt (429, 408, 5xx other than 501/505, timeouts, connection failures).</summary>
    [Range(0, 10, ErrorMessage = "ForumBot:Connector:MaxRetries must lie between {1} and {2}.")]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Median delay before the first retry; exponential with jitter after that.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest Retry-After honoured in process; a longer one is handed to the caller as a 429.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>One attempt's limit; a timed-out attempt is retried.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>All attempts and waits together.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Polly accepts timeouts between 10 ms and 24 h.
        var minimum = TimeSpan.FromMilliseconds(20);
        if (AttemptTimeout < minimum || TotalTimeout < minimum || TotalTimeout > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult($"{Section}:AttemptTimeout and :TotalTimeout must lie between 20 ms and 1 hour.");
        }

        if (AttemptTimeout > TotalTimeout)
        {
            yield return new ValidationResult($"{Section}:AttemptTimeout must not exceed :TotalTimeout.");
        }

        if (RetryBaseDelay < TimeSpan.Zero || MaxRetryAfter < TimeSpan.Zero)
        {
            yield return new ValidationResult($"{Section}:RetryBaseDelay and :MaxRetryAfter must not be negative.");
        }
    }
}
