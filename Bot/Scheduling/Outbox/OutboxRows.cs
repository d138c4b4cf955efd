using System.Text;
using System.Text.Json;
using ForumBot.Protocol;

namespace ForumBot.Scheduling.Outbox;

/// <summary>
/// Builds and reads the Outbox table's rows (<see cref="OutboxRow"/>). The activity is kept as its
/// wire JSON, split over columns of at most 30,000 characters (Azure caps a string property at
/// 64 KiB of UTF-16).
/// </summary>
internal static class OutboxRows
{
    public const int MaxActivityChars = ChunkChars * OutboxRow.ActivityColumns;
    private const int ChunkChars = 30_000;
    private const string PersonTarget = "person";
    private const string ConversationTarget = "conversation";
    private const string ReplaceWord = "replace";
    private const string ReplyInThreadWord = "reply-in-thread";

    public static OutboxRow NewItem(DueWork work, DateTimeOffset enqueuedAt)
    {
        var json = Json(work.Activity);
        if (json.Length > MaxActivityChars)
        {
            throw new ArgumentException($"The activity of {work.Key} is {json.Length} characters; Teams refuses messages above about 100 KB.", nameof(work));
        }

        var entity = WithTarget(new OutboxRow
        {
            PartitionKey = OutboxKeys.Bucket(work.Key),
            RowKey = OutboxKeys.ItemRow(work.Key),
            Key = work.Key,
            Kind = work.Kind,
            Description = work.Description,
            DueAt = work.DueAt,
            State = Word(OutboxState.Pending),
            Attempts = 0,
            EnqueuedAt = enqueuedAt,
            Marker = OutboxKeys.PendingMarker(work.Key, work.DueAt),
            ActivityHash = ActivityFingerprint.OfJson(json),
            AboutKey = work.About?.Key,
            AboutKind = work.About is { } about ? RelationWord(about.Kind) : null,
        }, work.Target);
        var chunks = json.Chunk(ChunkChars).Select(c => new string(c)).ToList();
        entity.ActivityParts = chunks.Count;
        for (var i = 0; i < chunks.Count; i++)
        {
            entity.SetActivityPart(i, chunks[i]);
        }

        return entity;
    }

    /// <summary>The activity as the outbox stores it (its wire JSON).</summary>
    public static string Json(OutgoingActivity activity) => JsonSerializer.Serialize(activity, ProtocolJson.Wire.OutgoingActivity);

    public static OutboxRow Marker(string partition, string rowKey, string key, MessageTarget target) => new()
    {
        PartitionKey = partition,
        RowKey = rowKey,
        ItemRow = OutboxKeys.ItemRow(key),
        Conversation = OutboxKeys.ConversationKey(target),
    };

    public static OutboxRow FailedMarker(string partition, string rowKey, OutboxEntry entry, string reason, string? detail, DateTimeOffset failedAt) =>
        WithTarget(new OutboxRow
        {
            PartitionKey = partition,
            RowKey = rowKey,
            Key = entry.Key,
            Kind = entry.Kind,
            DueAt = entry.DueAt,
            FailedAt = failedAt,
            Reason = reason,
            Detail = detail,
        }, entry.Target);

    public static OutboxEntry ToEntry(OutboxRow e) => new(
        e.Key ?? string.Empty,
        e.Kind ?? string.Empty,
        e.Description ?? string.Empty,
        e.DueAt ?? DateTimeOffset.MinValue,
        ReadTarget(e),
        ParseState(e.State),
        e.Attempts ?? 0,
        e.EnqueuedAt ?? DateTimeOffset.MinValue,
        e.SentAt,
        e.ActivityId,
        e.ConversationId,
        e.ServiceUrl,
        e.FailedAt,
        e.FailureReason,
        e.FailureDetail)
    {
        About = ReadRelation(e),
        ActivityHash = e.ActivityHash,
    };

    public static DeliveryFailure ToFailure(OutboxRow e) => new(
        e.Key ?? string.Empty,
        e.Kind ?? string.Empty,
        e.DueAt ?? DateTimeOffset.MinValue,
        e.FailedAt ?? DateTimeOffset.MinValue,
        ReadTarget(e),
        e.Reason ?? string.Empty,
        e.Detail);

    public static OutgoingActivity ReadActivity(OutboxRow e)
    {
        var parts = Math.Min(e.ActivityParts ?? 0, OutboxRow.ActivityColumns);
        var json = new StringBuilder();
        for (var i = 0; i < parts; i++)
        {
            json.Append(e.ActivityPart(i));
        }

        return JsonSerializer.Deserialize(json.ToString(), ProtocolJson.Wire.OutgoingActivity)
            ?? throw new InvalidOperationException("An outbox row holds no activity.");
    }

    public static string Word(OutboxState state) => state.ToString().ToLowerInvariant();

    public static OutboxState ParseState(string? word) =>
        Enum.TryParse<OutboxState>(word, ignoreCase: true, out var state) ? state : OutboxState.Failed;

    public static string RelationWord(MessageRelationKind kind) => kind switch
    {
        MessageRelationKind.Replace => ReplaceWord,
        MessageRelationKind.ReplyInThread => ReplyInThreadWord,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    // An unknown word (a newer version's relation) reads as a thread reply: it never overwrites the earlier message.
    private static MessageRelation? ReadRelation(OutboxRow e) => e.AboutKey is { Length: > 0 } key
        ? new MessageRelation(key, e.AboutKind == ReplaceWord ? MessageRelationKind.Replace : MessageRelationKind.ReplyInThread)
        : null;

    private static OutboxRow WithTarget(OutboxRow entity, MessageTarget target)
    {
        switch (target)
        {
            case MessageTarget.Person person:
                entity.TargetType = PersonTarget;
                entity.TargetKey = person.AadObjectId;
                break;
            case MessageTarget.Conversation conversation:
                entity.TargetType = ConversationTarget;
                entity.TargetKind = conversation.Kind;
                entity.TargetKey = conversation.Key;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(target));
        }

        return entity;
    }

    private static MessageTarget ReadTarget(OutboxRow e) => e.TargetType == PersonTarget
        ? new MessageTarget.Person(e.TargetKey ?? string.Empty)
        : new MessageTarget.Conversation(e.TargetKind ?? string.Empty, e.TargetKey ?? string.Empty);
}
