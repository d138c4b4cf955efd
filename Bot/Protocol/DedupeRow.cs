using Azure;
using Azure.Data.Tables;
using ForumBot.Storage;

namespace ForumBot.Protocol;

/// <summary>The Dedupe table's claim of one inbound activity (see <see cref="RedeliveryGuard"/>).</summary>
internal sealed class DedupeRow : ITableEntity
{
    public const string Processing = "processing";
    public const string Done = "done";

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary><see cref="Processing"/> while a turn runs, <see cref="Done"/> after it succeeded.</summary>
    public string? State { get; set; }

    public DateTimeOffset? ClaimedAt { get; set; }

    /// <summary>PartitionKey: the conversation id, hashed (they can approach the key limit).</summary>
    public static string Partition(string conversationId) => TableKeys.Hash(conversationId);

    /// <summary>RowKey: the activity id, escaped.</summary>
    public static string Row(string activityId) => TableKeys.Escape(activityId);

    public static DedupeRow Claim(string conversationId, string activityId, string state, DateTimeOffset claimedAt) => new()
    {
        PartitionKey = Partition(conversationId),
        RowKey = Row(activityId),
        State = state,
        ClaimedAt = claimedAt,
    };
}
