using System.Globalization;
using System.Net;
using ForumBot.Protocol;
using ForumBot.Protocol.Outbound;

namespace ForumBot.Scheduling.Outbox;

/// <summary>What one attempt at delivering a message came to.</summary>
internal abstract record AttemptOutcome
{
    public sealed record Sent(string? ActivityId, string ConversationId, string ServiceUrl) : AttemptOutcome;

    /// <summary>No retry helps. <paramref name="DeadConversation"/>: the target conversation is blocked, uninstalled or gone.</summary>
    public sealed record Permanent(string Reason, string? Detail, bool DeadConversation) : AttemptOutcome;

    /// <summary>429: wait what the connector asked for (null: none given, back off).</summary>
    public sealed record Throttled(TimeSpan? RetryAfter) : AttemptOutcome;

    /// <summary>5xx, 408, a timeout or no connection: back off and try again.</summary>
    public sealed record Transient(string Detail) : AttemptOutcome;

    /// <summary>
    /// Not tried: the earlier message this one is about is not sent yet. Look again after
    /// <paramref name="NotBefore"/> (its due time; null: unknown), without counting an attempt.
    /// </summary>
    public sealed record Waiting(DateTimeOffset? NotBefore, string Detail) : AttemptOutcome;

    public static AttemptOutcome From(ConversationFailure failure) => failure switch
    {
        ConversationFailure.Blocked => new Permanent(FailureReasons.Blocked, null, true),
        ConversationFailure.Uninstalled => new Permanent(FailureReasons.Uninstalled, null, true),
        _ => new Permanent(FailureReasons.Gone, null, true),
    };

    /// <summary>Classifies a failed connector call with <see cref="FailedCall"/>, the way docs/scheduling.md describes.</summary>
    public static AttemptOutcome From(HttpRequestException exception, DateTimeOffset now)
    {
        if (exception is ConnectorThrottledException throttled)
        {
            return new Throttled(throttled.RetryAfterFrom(now));
        }

        if (exception.StatusCode is not { } status)
        {
            return new Transient(exception.HttpRequestError == HttpRequestError.Unknown ? "no answer" : exception.HttpRequestError.ToString());
        }

        return FailedCall.Classify(status) switch
        {
            FailedCallKind.Throttled => new Throttled(null),
            FailedCallKind.Transient => new Transient(Status(status)),

            // A 403 without a known error code still means this bot may not write there.
            _ when status == HttpStatusCode.Forbidden => new Permanent(FailureReasons.Forbidden, "HTTP 403", true),
            _ => new Permanent(FailureReasons.Rejected, Status(status), false),
        };
    }

    private static string Status(HttpStatusCode status) => "HTTP " + ((int)status).ToString(CultureInfo.InvariantCulture);
}

/// <summary>Exponential backoff with full jitter around the median: base × 2^(attempt−1) × [0.5, 1.5), capped at 60 s.</summary>
internal static class Backoff
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(60);

    public static TimeSpan For(int attempt, TimeSpan baseDelay)
    {
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 16));
        var jittered = exponential * (0.5 + Random.Shared.NextDouble());
        return TimeSpan.FromMilliseconds(Math.Min(jittered, Cap.TotalMilliseconds));
    }
}
