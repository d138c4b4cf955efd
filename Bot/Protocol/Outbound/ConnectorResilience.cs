using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ForumBot.Protocol.Outbound;

/// <summary>
/// The retry pipeline of the "BotConnector" HttpClient: total timeout ⊃ retry ⊃ attempt timeout.
/// What is retried and how long to wait come from <see cref="FailedCall"/>: 429 waits for
/// Retry-After; 408, 5xx (not 501/505), attempt timeouts and connection failures back off
/// exponentially with jitter; everything else (401 after the auth handler's one renewal, 403
/// blocked, 404 gone, other 4xx) is answered at once so ConnectorClient can classify it.
/// </summary>
internal static class ConnectorResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ConnectorRetryOptions options, TimeProvider time, ILogger logger)
    {
        builder
            .AddTimeout(options.TotalTimeout)
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, options.MaxRetryAfter, time.GetUtcNow())),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, time.GetUtcNow())),
                OnRetry = args =>
                {
                    OutboundLog.RetryScheduled(logger, args.AttemptNumber + 1,
                        args.Outcome.Result is { } response ? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : args.Outcome.Exception?.GetType().Name,
                        args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(options.AttemptTimeout);
    }

    /// <summary>Polly's view of <see cref="FailedCall.Classify"/>: which outcomes this pipeline retries.</summary>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter, DateTimeOffset now) => outcome switch
    {
        // The identity libraries already retried the token endpoint.
        { Exception: ConnectorTokenException } => false,
        { Exception: HttpRequestException or TimeoutRejectedException } => FailedCall.Classify(null) == FailedCallKind.Transient,
        { Exception: not null } => false,
        { Result: { IsSuccessStatusCode: true } } => false,
        { Result: { } response } => FailedCall.Classify(response.StatusCode) switch
        {
            FailedCallKind.Throttled => (RetryAfter(response, now) ?? TimeSpan.Zero) <= maxRetryAfter,
            FailedCallKind.Transient => true,
            _ => false,
        },
        _ => false,
    };

    /// <summary>The wait a 429 or 503 asks for (delta seconds or an HTTP date); null = use the backoff.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, DateTimeOffset now) => FailedCall.RetryAfter(response, now);
}
