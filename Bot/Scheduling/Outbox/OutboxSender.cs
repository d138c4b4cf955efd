using ForumBot.Protocol;
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
}

/// <summary>Points in a message's processing a test can stop at, to play a crash there.</summary>
internal enum DispatchStage
{
    Claimed,
    Sent,
    Marked,
}

/// <summary>
/// Delivers one claimed message: resolve (or open) its conversation, pass the rate limiter,
/// call the connector once per attempt, and write the outcome at once — "sent" straight after
/// the connector's answer, since a crash before that write is the one way to send twice.
/// Throttling and transient failures are retried here while the claim lasts, else deferred.
/// </summary>
internal sealed class OutboxSender(
    DeliveryTargets targets,
    OutboxTransitions transitions,
    OutboxConnector connectors,
    ConnectorRateLimiter limiter,
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
            var outcome = await AttemptAsync(claim, cancellationToken);
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
            }

            var throttled = outcome as AttemptOutcome.Throttled;
            var detail = throttled is null ? ((AttemptOutcome.Transient)outcome).Detail : "HTTP 429";
            if (attempts >= settings.MaxAttempts)
            {
                return await FailAsync(claim, attempts, FailureReasons.GaveUp, $"{detail} on attempt {attempts}", false, cancellationToken);
            }

            var delay = throttled?.RetryAfter ?? Backoff.For(attempts, TimeSpan.FromMilliseconds(settings.RetryBaseDelayMilliseconds));
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

    private async Task<AttemptOutcome> AttemptAsync(ClaimedMessage claim, CancellationToken cancellationToken)
    {
        var target = claim.Entry.Target;
        var conversationKey = OutboxKeys.ConversationKey(target);
        try
        {
            DeliveryConversation conversation;
            switch (await targets.ResolveAsync(target, cancellationToken))
            {
                case Resolution.Ready ready:
                    conversation = ready.Conversation;
                    break;
                case Resolution.NeedsOpening opening:
                    CreateConversationOutcome created;
                    using (await limiter.AcquireAsync(opening.TenantId, conversationKey, cancellationToken))
                    {
                        created = await connectors.Create(opening.ServiceUrl).CreatePersonalConversationAsync(
                            opening.TenantId, ((MessageTarget.Person)target).AadObjectId, opening.Bot, cancellationToken);
                    }

                    if (created.Failure is { } refused)
                    {
                        return AttemptOutcome.From(refused);
                    }

                    if (created.Conversation?.Id is not { Length: > 0 } id)
                    {
                        return new AttemptOutcome.Transient("no conversation id in the answer");
                    }

                    var serviceUrl = created.Conversation.ServiceUrl is { Length: > 0 } moved ? moved : opening.ServiceUrl;
                    await targets.RememberOpenedAsync(((MessageTarget.Person)target).AadObjectId, opening, id, serviceUrl, cancellationToken);
                    SchedulingLog.ConversationOpened(logger, claim.Entry.Key);
                    conversation = new DeliveryConversation(id, serviceUrl, opening.TenantId, opening.Bot);
                    break;
                case Resolution.Unreachable unreachable:
                    return new AttemptOutcome.Permanent(FailureReasons.NoConversation, unreachable.Detail, false);
                default:
                    throw new InvalidOperationException("Unknown resolution.");
            }

            var activity = Addressed(claim.Activity, conversation);
            SendOutcome outcome;
            using (await limiter.AcquireAsync(conversation.Tenant, conversationKey, cancellationToken))
            {
                outcome = await connectors.Create(conversation.ServiceUrl).SendToConversationAsync(conversation.ConversationId, activity, cancellationToken);
            }

            return outcome.Failure is { } failure
                ? AttemptOutcome.From(failure)
                : new AttemptOutcome.Sent(outcome.ActivityId, conversation.ConversationId, conversation.ServiceUrl);
        }
        catch (HttpRequestException ex)
        {
            return AttemptOutcome.From(ex, time.GetUtcNow());
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new AttemptOutcome.Transient("timeout");
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

    private static Activity Addressed(Activity activity, DeliveryConversation conversation)
    {
        activity.Type ??= ActivityTypes.Message;
        activity.Conversation = new ConversationAccount { Id = conversation.ConversationId };
        activity.From ??= conversation.Bot;
        return activity;
    }

    private ValueTask ProbeAsync(DispatchStage stage, string key, CancellationToken cancellationToken) =>
        Probe?.Invoke(stage, key, cancellationToken) ?? ValueTask.CompletedTask;

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
