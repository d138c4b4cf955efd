using ForumBot.Teams;
using Microsoft.Extensions.Options;

namespace ForumBot.Scheduling.Outbox;

/// <summary>How processing one claimed message ended.</summary>
internal enum SendStatus
{
    Sent,
    Failed,
    Deferred,
    ClaimLost,

    /// <summary>Not tried: it waits for the earlier message it is about (no attempt counted).</summary>
    Waiting,
}

/// <summary>Points in a message's processing a test can stop at, to play a crash there.</summary>
internal enum DispatchStage
{
    Claimed,
    Sent,
    Marked,
}

/// <summary>
/// Delivers one claimed message: attempts (<see cref="DeliveryAttempt"/>) until one is decisive,
/// and writes the outcome at once — "sent" straight after the connector's answer, since a crash
/// before that write is the one way to send twice. Throttling and transient failures are retried
/// here while the claim lasts, else the row is handed back for later.
/// </summary>
internal sealed class OutboxSender(
    DeliveryAttempt attempt,
    DeliveryTargets targets,
    OutboxTransitions transitions,
    SchedulingMetrics metrics,
    IOptions<SchedulingOptions> options,
    TimeProvider time,
    ILogger<OutboxSender> logger)
{
    /// <summary>Test hook, called at each stage; throwing or cancelling there plays a crash.</summary>
    internal Func<DispatchStage, string, CancellationToken, ValueTask>? Probe { get; set; }

    public async Task<SendStatus> SendAsync(ClaimedMessage claim, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var entry = claim.Entry;
        await ProbeAsync(DispatchStage.Claimed, entry.Key, cancellationToken);
        var attempts = entry.Attempts;
        if (attempts >= settings.MaxAttempts)
        {
            return await FailAsync(claim, attempts, FailureReasons.GaveUp, $"no outcome recorded after {attempts} attempts", false, cancellationToken);
        }

        while (true)
        {
            attempts++;
            var outcome = await attempt.RunAsync(claim, cancellationToken);
            switch (outcome)
            {
                case AttemptOutcome.Sent sent:
                    await ProbeAsync(DispatchStage.Sent, entry.Key, cancellationToken);
                    var marked = await transitions.MarkSentAsync(claim, attempts, sent.ActivityId, sent.ConversationId, sent.ServiceUrl, time.GetUtcNow(), cancellationToken);
                    await ProbeAsync(DispatchStage.Marked, entry.Key, cancellationToken);
                    metrics.CountSent(entry.Kind);
                    if (!marked.Succeeded)
                    {
                        SchedulingLog.ClaimLost(logger, entry.Key);
                        return SendStatus.ClaimLost;
                    }

                    SchedulingLog.Sent(logger, entry.Kind, entry.Key, attempts);
                    return SendStatus.Sent;
                case AttemptOutcome.Permanent permanent:
                    return await FailAsync(claim, attempts, permanent.Reason, permanent.Detail, permanent.DeadConversation, cancellationToken);
                case AttemptOutcome.Waiting waiting:
                    return await WaitAsync(claim, attempts - 1, waiting, cancellationToken);
            }

            var throttled = outcome as AttemptOutcome.Throttled;
            var detail = throttled is null ? ((AttemptOutcome.Transient)outcome).Detail : "HTTP 429";
            if (attempts >= settings.MaxAttempts)
            {
                return await FailAsync(claim, attempts, FailureReasons.GaveUp, $"{detail} on attempt {attempts}", false, cancellationToken);
            }

            var delay = throttled?.RetryAfter ?? Backoff.For(attempts, settings.RetryBaseDelay);
            if (throttled is not null)
            {
                metrics.CountThrottled(entry.Kind);
                SchedulingLog.Throttled(logger, entry.Key, delay);
            }
            else
            {
                metrics.CountRetried(entry.Kind);
                SchedulingLog.Retried(logger, entry.Key, detail, attempts, settings.MaxAttempts, delay);
            }

            // Wait here only if the next attempt still ends inside the claim; else hand the row back.
            var nextAttempt = time.GetUtcNow() + delay;
            if (nextAttempt + settings.AttemptTimeout > Earlier(deadline, claim.ClaimUntil))
            {
                var released = await transitions.ReleaseAsync(claim, attempts, nextAttempt, detail, cancellationToken);
                SchedulingLog.Deferred(logger, entry.Key, nextAttempt);
                return released.Succeeded ? SendStatus.Deferred : SendStatus.ClaimLost;
            }

            await Task.Delay(delay, time, cancellationToken);
        }
    }

    private async Task<SendStatus> FailAsync(ClaimedMessage claim, int attempts, string reason, string? detail, bool deadConversation, CancellationToken cancellationToken)
    {
        var entry = claim.Entry;
        if (deadConversation)
        {
            await targets.MarkInactiveAsync(entry.Target, reason, cancellationToken);
            SchedulingLog.ReferenceMarkedInactive(logger, entry.Target is MessageTarget.Person ? ConversationKinds.Personal : ((MessageTarget.Conversation)entry.Target).Kind, reason);
        }

        var written = await transitions.MarkFailedAsync(claim, attempts, reason, detail, time.GetUtcNow(), cancellationToken);
        metrics.CountFailed(entry.Kind);
        SchedulingLog.Failed(logger, entry.Kind, entry.Key, reason, detail);
        return written.Succeeded ? SendStatus.Failed : SendStatus.ClaimLost;
    }

    /// <summary>
    /// Back to pending without counting the attempt (the claim's count is written back): the
    /// earlier message is looked at again at the next poll, or at its due time if that is later.
    /// </summary>
    private async Task<SendStatus> WaitAsync(ClaimedMessage claim, int attempts, AttemptOutcome.Waiting waiting, CancellationToken cancellationToken)
    {
        var nextLook = time.GetUtcNow() + options.Value.DispatchPoll;
        if (waiting.NotBefore is { } notBefore && notBefore > nextLook)
        {
            nextLook = notBefore;
        }

        var released = await transitions.ReleaseAsync(claim, attempts, nextLook, waiting.Detail, cancellationToken);
        SchedulingLog.Waiting(logger, claim.Entry.Key, claim.Entry.About?.Key ?? string.Empty, nextLook);
        return released.Succeeded ? SendStatus.Waiting : SendStatus.ClaimLost;
    }

    private ValueTask ProbeAsync(DispatchStage stage, string key, CancellationToken cancellationToken) =>
        Probe?.Invoke(stage, key, cancellationToken) ?? ValueTask.CompletedTask;

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
