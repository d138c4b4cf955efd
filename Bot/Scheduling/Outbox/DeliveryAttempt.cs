using ForumBot.Protocol;
using ForumBot.Teams;

namespace ForumBot.Scheduling.Outbox;

/// <summary>
/// One attempt at delivering a claimed message: find (or open) its conversation, pass the rate
/// limiter for each connector call, and classify what came back. Writes nothing to the outbox.
/// </summary>
internal sealed class DeliveryAttempt(DeliveryTargets targets, ConnectorClientFactory connectors, ConnectorRateLimiter limiter, OutboxStore store,
    TimeProvider time, ILogger<DeliveryAttempt> logger)
{
    /// <summary>
    /// The HttpClient the dispatcher's connector calls go through: the bearer token handler but
    /// NOT the retry pipeline of "BotConnector". One call is exactly one HTTP attempt, so the rate
    /// limiter in front of it counts every attempt, and 429s and transient failures come back
    /// here, where the dispatcher waits (Retry-After, backoff) under its own limits and bounds.
    /// See docs/scheduling.md.
    /// </summary>
    public const string HttpClientName = "BotConnector.Outbox";

    public async Task<AttemptOutcome> RunAsync(ClaimedMessage claim, CancellationToken cancellationToken)
    {
        var target = claim.Entry.Target;
        var conversationKey = OutboxKeys.ConversationKey(target);
        try
        {
            if (claim.Entry.About is { } about)
            {
                return await RunRelatedAsync(claim, about, conversationKey, cancellationToken);
            }

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
                        created = await connectors.Create(opening.ServiceUrl, HttpClientName).CreatePersonalConversationAsync(
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

                    var serviceUrl = ServiceUrls.TryParse(created.Conversation.ServiceUrl) ?? opening.ServiceUrl;
                    await targets.RememberOpenedAsync(((MessageTarget.Person)target).AadObjectId, opening, id, serviceUrl, cancellationToken);
                    SchedulingLog.ConversationOpened(logger, claim.Entry.Key);
                    conversation = new DeliveryConversation(id, serviceUrl, opening.TenantId, opening.Bot);
                    break;
                case Resolution.Unreachable unreachable:
                    return new AttemptOutcome.Permanent(FailureReasons.NoConversation, unreachable.Detail, false);
                default:
                    throw new InvalidOperationException("Unknown resolution.");
            }

            var activity = claim.Activity.InConversation(conversation.ConversationId, conversation.Bot);
            SendOutcome outcome;
            using (await limiter.AcquireAsync(conversation.Tenant, conversationKey, cancellationToken))
            {
                outcome = await connectors.Create(conversation.ServiceUrl, HttpClientName).SendToConversationAsync(conversation.ConversationId, activity, cancellationToken);
            }

            return outcome.Failure is { } failure
                ? AttemptOutcome.From(failure)
                : new AttemptOutcome.Sent(outcome.ActivityId, conversation.ConversationId, conversation.ServiceUrl.OriginalString);
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

    /// <summary>
    /// A message about an earlier one: a PUT of the earlier activity, or a post in its thread, in
    /// the earlier message's conversation at its serviceUrl (<see cref="RelatedMessage"/>). The call
    /// counts against the target's conversation and tenant like any other; the tenant and bot
    /// account come from the target's stored reference, which must still be active.
    /// </summary>
    private async Task<AttemptOutcome> RunRelatedAsync(ClaimedMessage claim, MessageRelation about, string conversationKey, CancellationToken cancellationToken)
    {
        var earlier = await store.FindAsync(about.Key, cancellationToken);
        var (call, stop) = RelatedMessage.Check(claim.Entry, about, earlier, time.GetUtcNow());
        if (stop is not null)
        {
            return stop;
        }

        if (await targets.ResolveAsync(claim.Entry.Target, cancellationToken) is not Resolution.Ready { Conversation: var current })
        {
            return new AttemptOutcome.Permanent(FailureReasons.NoConversation, $"the conversation of {about.Key} is no longer active", false);
        }

        var connector = connectors.Create(call!.ServiceUrl, HttpClientName);
        var activity = claim.Activity.InConversation(call.ConversationId, current.Bot);
        SendOutcome outcome;
        using (await limiter.AcquireAsync(current.Tenant, conversationKey, cancellationToken))
        {
            outcome = call.Kind == MessageRelationKind.Replace
                ? await connector.UpdateActivityAsync(call.ConversationId, call.ActivityId!, activity, cancellationToken)
                : await connector.SendToConversationAsync(call.ConversationId, activity, cancellationToken);
        }

        return outcome.Failure switch
        {
            // A 404 on a PUT means the message was deleted, not that the conversation is gone.
            ConversationFailure.Gone when call.Kind == MessageRelationKind.Replace =>
                new AttemptOutcome.Permanent(FailureReasons.Gone, $"the message {about.Key} no longer exists", false),
            { } failure => AttemptOutcome.From(failure),

            // A PUT's answer may carry no id: the activity keeps the one it had.
            null => new AttemptOutcome.Sent(outcome.ActivityId ?? call.ActivityId, call.ConversationId, call.ServiceUrl.OriginalString),
        };
    }
}
