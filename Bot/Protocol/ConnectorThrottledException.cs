using System.Net;
using System.Net.Http.Headers;

namespace ForumBot.Protocol;

/// <summary>
/// The connector answered 429 (after any retries the HttpClient's pipeline made). Carries the
/// Retry-After the connector asked for, so a caller that schedules its own retry (the outbox
/// dispatcher) can honour it. Still an HttpRequestException with StatusCode 429 for everyone else.
/// </summary>
public sealed class ConnectorThrottledException(RetryConditionHeaderValue? retryAfter)
    : HttpRequestException("Connector answered 429.", null, HttpStatusCode.TooManyRequests)
{
    public RetryConditionHeaderValue? RetryAfter { get; } = retryAfter;

    /// <summary>The wait asked for as of <paramref name="now"/>; null when none was given.</summary>
    public TimeSpan? RetryAfterFrom(DateTimeOffset now) => Outbound.FailedCall.RetryAfter(RetryAfter, now);
}
