using System.Diagnostics.Metrics;
using ForumBot.Observability;

namespace ForumBot.Scheduling;

/// <summary>
/// Outbox counters on the "ForumBot" meter (exported by AddForumBotTelemetry), tagged with the
/// message kind. Retried counts transient failures that will be tried again; throttled counts 429s.
/// </summary>
public sealed class SchedulingMetrics
{
    public const string Enqueued = "forumbot.outbox.enqueued";
    public const string SentName = "forumbot.outbox.sent";
    public const string Retried = "forumbot.outbox.retried";
    public const string Throttled = "forumbot.outbox.throttled";
    public const string FailedName = "forumbot.outbox.failed";

    private readonly Counter<long> _enqueued;
    private readonly Counter<long> _sent;
    private readonly Counter<long> _retried;
    private readonly Counter<long> _throttled;
    private readonly Counter<long> _failed;

    public SchedulingMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(TelemetryExtensions.SourceName);
        _enqueued = meter.CreateCounter<long>(Enqueued, "{message}", "Messages written to the outbox");
        _sent = meter.CreateCounter<long>(SentName, "{message}", "Messages the connector accepted");
        _retried = meter.CreateCounter<long>(Retried, "{attempt}", "Transient send failures that are retried");
        _throttled = meter.CreateCounter<long>(Throttled, "{attempt}", "Sends answered 429 by the connector");
        _failed = meter.CreateCounter<long>(FailedName, "{message}", "Messages given up on");
    }

    public void CountEnqueued(string kind) => _enqueued.Add(1, Tag(kind));

    public void CountSent(string kind) => _sent.Add(1, Tag(kind));

    public void CountRetried(string kind) => _retried.Add(1, Tag(kind));

    public void CountThrottled(string kind) => _throttled.Add(1, Tag(kind));

    public void CountFailed(string kind) => _failed.Add(1, Tag(kind));

    private static KeyValuePair<string, object?> Tag(string kind) => new("kind", kind);
}
