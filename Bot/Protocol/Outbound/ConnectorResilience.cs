using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ForumBot.Protocol.Outbound;

/// <summary>
/// The retry pipeline of the "BotConnector" HttpClient: total timeout ⊃ retry ⊃ attempt timeout.
/// 429 waits for Retry-After; 408, 5xx (not 501/505), attempt timeouts and connection failures
/// back off exponentially with jitter; everything else (403 blocked, 404 gone, other 4xx) is
/// answered at once so ConnectorClient can classify it.
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

    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter, DateTimeOffset now) => outcome switch
    {
        { Exception: ConnectorTokenException } => false,
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Exception: not null } => false,
        { Result: { StatusCode: HttpStatusCode.TooManyRequests } response } => (RetryAfter(response, now) ?? TimeSpan.Zero) <= maxRetryAfter,
        { Result.StatusCode: HttpStatusCode.RequestTimeout } => true,
        { Result.StatusCode: HttpStatusCode.NotImplemented or HttpStatusCode.HttpVersionNotSupported } => false,
        { Result.StatusCode: >= HttpStatusCode.InternalServerError } => true,
        _ => false,
    };

    /// <summary>The wait a 429 or 503 asks for (delta seconds or an HTTP date); null = use the backoff.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, DateTimeOffset now)
    {
        if (response is null || response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
            || response.Headers.RetryAfter is not { } retryAfter)
        {
            return null;
        }

        var wait = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - now : null);
        return wait is { } value && value < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }
}
