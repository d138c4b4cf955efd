using ForumBot.Protocol;
using ForumBot.Teams;

namespace ForumBot.Scheduling.Outbox;

/// <summary>
/// One attempt at delivering a claimed message: find (or open) its conversation, pass the rate
/// limiter for each connector call, and classify what came back. Writes nothing to the outbox.
/// </summary>
internal sealed class DeliveryAttempt(DeliveryTargets targets, ConnectorClientFactory connectors, ConnectorRateLimiter limiter, TimeProvider time,
    ILogger<DeliveryAttempt> logger)
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
}
