using System.Globalization;
using ForumBot.Storage;
using ForumBot.Teams;

namespace ForumBot.Scheduling.Outbox;

/// <summary>
/// The Outbox table's keys (docs/storage.md). Everything about one message lives in one of 16
/// partitions chosen by the hash of its key, so every state change (item + its index rows) is
/// one transaction: the item "k|key", its pending marker "p|ticks|hash" (ticks = when it may be
/// tried next), and once failed "f|inverted ticks|hash" (newest first).
/// </summary>
internal static class OutboxKeys
{
    public const int BucketCount = 16;
    public const string PendingPrefix = "p|";
    public const string FailedPrefix = "f|";

    // '}' follows '|' in ordinal order: "p|" <= any pending marker < "p}".
    public const string PendingEnd = "p}";
    public const string FailedEnd = "f}";

    public static IEnumerable<string> Buckets { get; } = [.. Enumerable.Range(0, BucketCount).Select(i => "b" + i.ToString("x", CultureInfo.InvariantCulture))];

    public static string Bucket(string key) => "b" + TableKeys.Hash(key)[0];

    public static string ItemRow(string key) => "k|" + TableKeys.Escape(key);

    public static string PendingMarker(string key, DateTimeOffset eligibleAt) =>
        string.Create(CultureInfo.InvariantCulture, $"{PendingPrefix}{Ticks(eligibleAt):D19}|{TableKeys.Hash(key)}");

    /// <summary>The last marker row key that is eligible at <paramref name="dueBy"/>.</summary>
    public static string PendingUpTo(DateTimeOffset dueBy) =>
        string.Create(CultureInfo.InvariantCulture, $"{PendingPrefix}{Ticks(dueBy):D19}|~");

    public static string FailedMarker(string key, DateTimeOffset failedAt) =>
        string.Create(CultureInfo.InvariantCulture, $"{FailedPrefix}{DateTimeOffset.MaxValue.UtcTicks - failedAt.UtcTicks:D19}|{TableKeys.Hash(key)}");

    public static DateTimeOffset EligibleAt(string pendingMarker) =>
        new(long.Parse(pendingMarker.AsSpan(PendingPrefix.Length, 19), CultureInfo.InvariantCulture), TimeSpan.Zero);

    /// <summary>Identifies the conversation a target ends up in, for rate limits and per-conversation order.</summary>
    public static string ConversationKey(MessageTarget target) => target switch
    {
        MessageTarget.Person person => ConversationKinds.Personal + "/" + person.AadObjectId,
        MessageTarget.Conversation conversation => conversation.Kind + "/" + conversation.Key,
        _ => throw new ArgumentOutOfRangeException(nameof(target)),
    };

    private static long Ticks(DateTimeOffset instant) => Math.Max(0, instant.UtcTicks);
}
