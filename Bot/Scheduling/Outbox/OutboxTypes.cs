using ForumBot.Protocol;
using ForumBot.Storage;

namespace ForumBot.Scheduling;

/// <summary>Where a message is in its life: pending → sending → sent, or failed.</summary>
public enum OutboxState
{
    Pending,
    Sending,
    Sent,
    Failed,
}

/// <summary>What enqueueing did: wrote the message, or found its key already there (sent or not).</summary>
public enum EnqueueResult
{
    Enqueued,
    AlreadyEnqueued,
}

/// <summary>
/// One outbox message as stored. Once sent, <see cref="ActivityId"/>, <see cref="ConversationId"/>
/// and <see cref="ServiceUrl"/> say where the message is, so a feature can update the card in place
/// (ConnectorClientFactory.Create(ServiceUrl).UpdateActivityAsync(ConversationId, ActivityId, …)).
/// </summary>
public sealed record OutboxEntry(
    string Key,
    string Kind,
    string Description,
    DateTimeOffset DueAt,
    MessageTarget Target,
    OutboxState State,
    int Attempts,
    DateTimeOffset EnqueuedAt,
    DateTimeOffset? SentAt,
    string? ActivityId,
    string? ConversationId,
    string? ServiceUrl,
    DateTimeOffset? FailedAt,
    string? FailureReason,
    string? FailureDetail)
{
    /// <summary>The earlier message this one is about (DueWork.About), if any.</summary>
    public MessageRelation? About { get; init; }

    /// <summary><see cref="ActivityFingerprint.Of"/> of the activity as enqueued; null for rows written before it was stored.</summary>
    public string? ActivityHash { get; init; }
}

/// <summary>
/// A short fingerprint of an activity as the outbox stores it: equal fingerprints, equal
/// messages. A feature that keeps a sent card current compares the fingerprint of what it would
/// send now with <see cref="OutboxEntry.ActivityHash"/> (or its own record of the last update).
/// </summary>
public static class ActivityFingerprint
{
    public static string Of(OutgoingActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return OfJson(Outbox.OutboxRows.Json(activity));
    }

    internal static string OfJson(string json) => TableKeys.Hash(json);
}

/// <summary>A failed delivery, as the `delivery problems` card lists it.</summary>
public sealed record DeliveryFailure(string Key, string Kind, DateTimeOffset DueAt, DateTimeOffset FailedAt, MessageTarget Target, string Reason, string? Detail);

/// <summary>
/// How features send proactive messages: enqueue instead of calling the connector. The key is
/// the dedupe key — a second enqueue with the same key (another pass, another instance, a retry
/// of the feature's own work) changes nothing. The dispatcher sends when DueAt has come.
/// </summary>
public interface IOutbox
{
    Task<EnqueueResult> EnqueueAsync(DueWork work, CancellationToken cancellationToken);

    /// <summary>The message with this key (point read), e.g. for the activity id of a sent card; null if never enqueued.</summary>
    Task<OutboxEntry?> FindAsync(string key, CancellationToken cancellationToken);
}

/// <summary>Why a message was given up on: the words stored in FailureReason.</summary>
public static class FailureReasons
{
    /// <summary>The user blocked the bot (403 MessageWritesBlocked / ConversationBlockedByUser).</summary>
    public const string Blocked = "blocked";

    /// <summary>The bot is no longer in the conversation (403 BotNotInConversationRoster).</summary>
    public const string Uninstalled = "uninstalled";

    /// <summary>The conversation does not exist any more (404).</summary>
    public const string Gone = "gone";

    /// <summary>Any other 403.</summary>
    public const string Forbidden = "forbidden";

    /// <summary>Another 4xx: the message itself was refused (e.g. 400, 413).</summary>
    public const string Rejected = "rejected";

    /// <summary>No stored conversation, and no way to open a 1:1 (no tenant entry or tenant id).</summary>
    public const string NoConversation = "no-conversation";

    /// <summary>Transient failures or throttling on every attempt.</summary>
    public const string GaveUp = "gave-up";

    /// <summary>The earlier message this one is about (DueWork.About) failed, so this one cannot replace it or answer in its thread.</summary>
    public const string RelatedFailed = "related-failed";

    /// <summary>The earlier message this one is about was never enqueued (within a day), or was sent without an activity id to update.</summary>
    public const string RelatedMissing = "related-missing";
}
