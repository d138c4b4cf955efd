using ForumBot.Storage;

namespace ForumBot.Escalations.Model;

/// <summary>
/// Escalation ids are derived, never random, so raising the same thing twice finds the first
/// (a resubmitted update, a redelivered press, the reconcile job after a crash): "u" + 11 hex
/// digits of the hash of (forum, meeting, initiative) for an update, "a" + 11 of (forum, meeting,
/// item key) for an agenda item. Table-key and item-key safe.
/// </summary>
public static class EscalationIds
{
    public const int Length = 12;
    public const string ItemPrefix = "escalation:";
    public const string AnswerPrefix = "answer:";

    public static string FromUpdate(string forumId, string meetingId, string initiativeId) =>
        "u" + TableKeys.Hash($"update|{forumId}|{meetingId}|{initiativeId}")[..(Length - 1)];

    public static string FromItem(string forumId, string meetingId, string itemKey) =>
        "a" + TableKeys.Hash($"item|{forumId}|{meetingId}|{itemKey}")[..(Length - 1)];

    public static bool IsValid(string? id) =>
        id is { Length: Length } && id[0] is 'u' or 'a' && id.Skip(1).All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    /// <summary>"escalation:&lt;id&gt;": the escalation on the receiving forum's agenda.</summary>
    public static string ItemKey(string id) => ItemPrefix + id;

    /// <summary>"answer:&lt;id&gt;": the answer (or the long wait for one) on the raising forum's agenda.</summary>
    public static string AnswerItemKey(string id) => AnswerPrefix + id;

    /// <summary>The escalation id an "escalation:" item key names; null for any other key.</summary>
    public static string? FromItemKey(string itemKey) =>
        itemKey is not null && itemKey.StartsWith(ItemPrefix, StringComparison.Ordinal) && itemKey[ItemPrefix.Length..] is var id && IsValid(id) ? id : null;
}
