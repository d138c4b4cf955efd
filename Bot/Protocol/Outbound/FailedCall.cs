using System.Net;
using System.Net.Http.Headers;

namespace ForumBot.Protocol.Outbound;

/// <summary>What a failed Bot Connector call calls for (docs/protocol.md, "Failed calls").</summary>
public enum FailedCallKind
{
    /// <summary>429: wait what Retry-After asks (or back off), then try again.</summary>
    Throttled,

    /// <summary>No answer, a timeout, 408 or 5xx other than 501/505: back off and try again.</summary>
    Transient,

    /// <summary>
    /// 401: the token was refused. <see cref="ConnectorAuthHandler"/> has already renewed it and
    /// tried once more; a 401 that reaches a caller is permanent (credentials or audience are wrong).
    /// </summary>
    Unauthorized,

    /// <summary>Everything else (400, 403, 404, 412, 413, 501, 505 …): no retry helps.</summary>
    Permanent,
}

/// <summary>
/// The one classifier of failed connector calls and the one Retry-After parser, shared by the
/// in-turn retry pipeline (<see cref="ConnectorResilience"/>) and the outbox's own retries.
/// </summary>
public static class FailedCall
{
    /// <param name="status">The answer's status; null when there was none (connection failure, timeout).</param>
    public static FailedCallKind Classify(HttpStatusCode? status) => status switch
    {
        null => FailedCallKind.Transient,
        HttpStatusCode.TooManyRequests => FailedCallKind.Throttled,
        HttpStatusCode.RequestTimeout => FailedCallKind.Transient,
        HttpStatusCode.Unauthorized => FailedCallKind.Unauthorized,
        HttpStatusCode.NotImplemented or HttpStatusCode.HttpVersionNotSupported => FailedCallKind.Permanent,
        >= HttpStatusCode.InternalServerError => FailedCallKind.Transient,
        _ => FailedCallKind.Permanent,
    };

    /// <summary>The wait a Retry-After header asks for as of <paramref name="now"/> (delta seconds or an HTTP date, never negative); null = none given.</summary>
    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        var wait = header?.Delta ?? (header?.Date is { } date ? date - now : null);
        return wait is { } value && value < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    /// <summary>The wait a 429 or 503 answer asks for; null for other answers or without the header (use the backoff).</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, DateTimeOffset now) =>
        response?.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable
            ? RetryAfter(response.Headers.RetryAfter, now)
            : null;
}
