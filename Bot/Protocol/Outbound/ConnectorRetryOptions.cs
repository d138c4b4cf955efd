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
    [Range(0, 60_000, ErrorMessage = "ForumBot:Connector:RetryBaseDelayMilliseconds must lie between {1} and {2}.")]
    public int RetryBaseDelayMilliseconds { get; set; } = 1000;

    /// <summary>The longest Retry-After honoured in process; a longer one is handed to the caller as a 429.</summary>
    [Range(0, 3600, ErrorMessage = "ForumBot:Connector:MaxRetryAfterSeconds must lie between {1} and {2}.")]
    public int MaxRetryAfterSeconds { get; set; } = 30;

    /// <summary>One attempt's limit; a timed-out attempt is retried.</summary>
    [Range(20, 3_600_000, ErrorMessage = "ForumBot:Connector:AttemptTimeoutMilliseconds must lie between {1} and {2}.")]
    public int AttemptTimeoutMilliseconds { get; set; } = 20_000;

    /// <summary>All attempts and waits together.</summary>
    [Range(1, 3600, ErrorMessage = "ForumBot:Connector:TotalTimeoutSeconds must lie between {1} and {2}.")]
    public int TotalTimeoutSeconds { get; set; } = 60;

    public TimeSpan RetryBaseDelay => TimeSpan.FromMilliseconds(RetryBaseDelayMilliseconds);

    public TimeSpan MaxRetryAfter => TimeSpan.FromSeconds(MaxRetryAfterSeconds);

    public TimeSpan AttemptTimeout => TimeSpan.FromMilliseconds(AttemptTimeoutMilliseconds);

    public TimeSpan TotalTimeout => TimeSpan.FromSeconds(TotalTimeoutSeconds);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AttemptTimeout > TotalTimeout)
        {
            yield return new ValidationResult($"{Section}:AttemptTimeoutMilliseconds must not exceed {Section}:TotalTimeoutSeconds.");
        }
    }
}
