using ForumBot.Protocol;
using ForumBot.Teams;

namespace ForumBot.Scheduling.Outbox;

/// <summary>Where a message about an earlier one goes: the earlier message's conversation, and its activity for a PUT.</summary>
internal sealed record RelatedCall(MessageRelationKind Kind, string ConversationId, Uri ServiceUrl, string? ActivityId);

/// <summary>
/// Decides what a message about an earlier outbox message (DueWork.About) can do now, from the
/// earlier message's stored state alone: wait for it, fail because of it, or go where it went.
/// Pure, so the rules are read in one place (docs/scheduling.md, "Messages about messages").
/// </summary>
internal static class RelatedMessage
{
    /// <summary>How long a message waits for an earlier message that was never enqueued before it fails.</summary>
    public static readonly TimeSpan MissingLimit = TimeSpan.FromDays(1);

    private const string ThreadMarker = ";messageid=";

    /// <summary>The call to make, or the outcome that stops this attempt before any call (waiting or failed).</summary>
    public static (RelatedCall? Call, AttemptOutcome? Stop) Check(OutboxEntry later, MessageRelation about, OutboxEntry? earlier, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(later);
        ArgumentNullException.ThrowIfNull(about);
        switch (earlier)
        {
            case null when now - later.EnqueuedAt > MissingLimit:
                return (null, new AttemptOutcome.Permanent(FailureReasons.RelatedMissing, $"no message {about.Key} was enqueued", false));
            case null:
                return (null, new AttemptOutcome.Waiting(null, $"waiting for {about.Key}: not enqueued yet"));
            case { State: OutboxState.Failed }:
                return (null, new AttemptOutcome.Permanent(FailureReasons.RelatedFailed,
                    $"{about.Key} failed ({earlier.FailureReason})", false));
            case { State: OutboxState.Pending or OutboxState.Sending }:
                return (null, new AttemptOutcome.Waiting(earlier.DueAt, $"waiting for {about.Key}: {earlier.State.ToString().ToLowerInvariant()}"));
        }

        if (earlier.ConversationId is not { Length: > 0 } conversationId || ServiceUrls.TryParse(earlier.ServiceUrl) is not { } serviceUrl)
        {
            return (null, new AttemptOutcome.Permanent(FailureReasons.RelatedMissing, $"{about.Key} was sent but where is not recorded", false));
        }

        var activityId = earlier.ActivityId is { Length: > 0 } id ? id : null;
        if (about.Kind == MessageRelationKind.Replace)
        {
            return activityId is null
                ? (null, new AttemptOutcome.Permanent(FailureReasons.RelatedMissing, $"{about.Key} was sent without an activity id to update", false))
                : (new RelatedCall(MessageRelationKind.Replace, conversationId, serviceUrl, activityId), null);
        }

        return (new RelatedCall(MessageRelationKind.ReplyInThread, ThreadOf(earlier.Target, conversationId, activityId), serviceUrl, null), null);
    }

    /// <summary>
    /// The conversation a reply to the earlier message goes to: in a channel its thread
    /// ("&lt;channel&gt;;messageid=&lt;root&gt;", or the thread it was itself posted in); elsewhere the chat itself.
    /// </summary>
    public static string ThreadOf(MessageTarget target, string conversationId, string? activityId)
    {
        if (target is not MessageTarget.Conversation { Kind: ConversationKinds.Channel } || activityId is null
            || conversationId.Contains(ThreadMarker, StringComparison.Ordinal))
        {
            return conversationId;
        }

        return conversationId + ThreadMarker + activityId;
    }
}
