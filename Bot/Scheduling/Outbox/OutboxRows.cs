using System.Globalization;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using ForumBot.Protocol;

namespace ForumBot.Scheduling.Outbox;

/// <summary>
/// Entity shapes of the Outbox table. The activity is kept as its wire JSON, split over
/// properties of at most 30,000 characters (Azure caps a string property at 64 KiB of UTF-16).
/// </summary>
internal static class OutboxRows
{
    public const int MaxActivityChars = 240_000;
    private const int ChunkChars = 30_000;
    private const string PersonTarget = "person";
    private const string ConversationTarget = "conversation";

    public static TableEntity NewItem(DueWork work, DateTimeOffset enqueuedAt)
    {
        var json = JsonSerializer.Serialize(work.Activity, ProtocolJson.Wire.OutgoingActivity);
        if (json.Length > MaxActivityChars)
        {
            throw new ArgumentException($"The activity of {work.Key} is {json.Length} characters; Teams refuses messages above about 100 KB.", nameof(work));
        }

        var marker = OutboxKeys.PendingMarker(work.Key, work.DueAt);
        var entity = new TableEntity(OutboxKeys.Bucket(work.Key), OutboxKeys.ItemRow(work.Key))
        {
            ["Key"] = work.Key,
            ["Kind"] = work.Kind,
            ["Description"] = work.Description,
            ["DueAt"] = work.DueAt,
            ["State"] = Word(OutboxState.Pending),
            ["Attempts"] = 0,
            ["EnqueuedAt"] = enqueuedAt,
            ["Marker"] = marker,
        };
        WriteTarget(entity, work.Target);
        var chunks = json.Chunk(ChunkChars).Select(c => new string(c)).ToList();
        entity["ActivityParts"] = chunks.Count;
        for (var i = 0; i < chunks.Count; i++)
        {
            entity["Activity" + i.ToString(CultureInfo.InvariantCulture)] = chunks[i];
        }

        return entity;
    }

    public static TableEntity Marker(string partition, string rowKey, string key, MessageTarget target) => new(partition, rowKey)
    {
        ["ItemRow"] = OutboxKeys.ItemRow(key),
        ["Conversation"] = OutboxKeys.ConversationKey(target),
    };

    public static TableEntity FailedMarker(string partition, string rowKey, OutboxEntry entry, string reason, string? detail, DateTimeOffset failedAt)
    {
        var entity = new TableEntity(partition, rowKey)
        {
            ["Key"] = entry.Key,
            ["Kind"] = entry.Kind,
            ["DueAt"] = entry.DueAt,
            ["FailedAt"] = failedAt,
            ["Reason"] = reason,
            ["Detail"] = detail,
        };
        WriteTarget(entity, entry.Target);
        return entity;
    }

    public static OutboxEntry ToEntry(TableEntity e) => new(
        e.GetString("Key") ?? string.Empty,
        e.GetString("Kind") ?? string.Empty,
        e.GetString("Description") ?? string.Empty,
        e.GetDateTimeOffset("DueAt") ?? DateTimeOffset.MinValue,
        ReadTarget(e),
        ParseState(e.GetString("State")),
        e.GetInt32("Attempts") ?? 0,
        e.GetDateTimeOffset("EnqueuedAt") ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset("SentAt"),
        e.GetString("ActivityId"),
        e.GetString("ConversationId"),
        e.GetString("ServiceUrl"),
        e.GetDateTimeOffset("FailedAt"),
        e.GetString("FailureReason"),
        e.GetString("FailureDetail"));

    public static DeliveryFailure ToFailure(TableEntity e) => new(
        e.GetString("Key") ?? string.Empty,
        e.GetString("Kind") ?? string.Empty,
        e.GetDateTimeOffset("DueAt") ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset("FailedAt") ?? DateTimeOffset.MinValue,
        ReadTarget(e),
        e.GetString("Reason") ?? string.Empty,
        e.GetString("Detail"));

    public static OutgoingActivity ReadActivity(TableEntity e)
    {
        var parts = e.GetInt32("ActivityParts") ?? 0;
        var json = new StringBuilder();
        for (var i = 0; i < parts; i++)
        {
            json.Append(e.GetString("Activity" + i.ToString(CultureInfo.InvariantCulture)));
        }

        return JsonSerializer.Deserialize(json.ToString(), ProtocolJson.Wire.OutgoingActivity)
            ?? throw new InvalidOperationException("An outbox row holds no activity.");
    }

    public static string Word(OutboxState state) => state.ToString().ToLowerInvariant();

    public static OutboxState ParseState(string? word) =>
        Enum.TryParse<OutboxState>(word, ignoreCase: true, out var state) ? state : OutboxState.Failed;

    private static void WriteTarget(TableEntity entity, MessageTarget target)
    {
        switch (target)
        {
            case MessageTarget.Person person:
                entity["TargetType"] = PersonTarget;
                entity["TargetKey"] = person.AadObjectId;
                break;
            case MessageTarget.Conversation conversation:
                entity["TargetType"] = ConversationTarget;
                entity["TargetKind"] = conversation.Kind;
                entity["TargetKey"] = conversation.Key;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(target));
        }
    }

    private static MessageTarget ReadTarget(TableEntity e) => e.GetString("TargetType") == PersonTarget
        ? new MessageTarget.Person(e.GetString("TargetKey") ?? string.Empty)
        : new MessageTarget.Conversation(e.GetString("TargetKind") ?? string.Empty, e.GetString("TargetKey") ?? string.Empty);
}
