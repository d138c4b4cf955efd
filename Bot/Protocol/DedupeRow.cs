using ForumBot.Storage;

namespace ForumBot.Protocol;

/// <summary>The Dedupe table's claim of one inbound activity (see <see cref="RedeliveryGuard"/>).</summary>
internal sealed record DedupeRow : TableRow
{
    public const string Processing = "processing";
    public const string Done = "done";

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
