using ForumBot.Storage;

namespace ForumBot.Scheduling.Outbox;

/// <summary>
/// A row of the Outbox table, whatever its kind (<see cref="OutboxKeys"/>): the item, its pending
/// marker or its failed marker. One class with every kind's columns, all nullable, because the
/// transitions write an item and its markers in one transaction and merge partial items (a null
/// column is not stored, so a merge leaves it alone). Column names and types are the stored ones.
/// </summary>
internal sealed record OutboxRow : TableRow
{
    /// <summary>The activity's JSON is split over Activity0…Activity7, at most 30,000 characters each.</summary>
    public const int ActivityColumns = 8;

    // Item and failed marker.
    public string? Key { get; set; }

    public string? Kind { get; set; }

    public DateTimeOffset? DueAt { get; set; }

    public DateTimeOffset? FailedAt { get; set; }

    /// <summary>"person" (TargetKey = aadObjectId) or "conversation" (TargetKind, TargetKey).</summary>
    public string? TargetType { get; set; }

    public string? TargetKind { get; set; }

    public string? TargetKey { get; set; }

    // Item.
    public string? Description { get; set; }

    public string? State { get; set; }

    public int? Attempts { get; set; }

    public DateTimeOffset? EnqueuedAt { get; set; }

    /// <summary>The row key of the item's pending marker; empty once it has none.</summary>
    public string? Marker { get; set; }

    public string? ClaimedBy { get; set; }

    public DateTimeOffset? ClaimExpiresAt { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public string? ActivityId { get; set; }

    public string? ConversationId { get; set; }

    public string? ServiceUrl { get; set; }

    public string? FailureReason { get; set; }

    public string? FailureDetail { get; set; }

    /// <summary>The key of the earlier message this one is about (DueWork.About); null for a message on its own.</summary>
    public string? AboutKey { get; set; }

    /// <summary>How it relates to that message: "replace" or "reply-in-thread".</summary>
    public string? AboutKind { get; set; }

    /// <summary><see cref="ActivityFingerprint"/> of the stored activity: lets a feature see whether what it would send now differs.</summary>
    public string? ActivityHash { get; set; }

    public int? ActivityParts { get; set; }

    public string? Activity0 { get; set; }

    public string? Activity1 { get; set; }

    public string? Activity2 { get; set; }

    public string? Activity3 { get; set; }

    public string? Activity4 { get; set; }

    public string? Activity5 { get; set; }

    public string? Activity6 { get; set; }

    public string? Activity7 { get; set; }

    // Pending marker.

    /// <summary>The row key of the item the marker points to.</summary>
    public string? ItemRow { get; set; }

    /// <summary><see cref="OutboxKeys.ConversationKey"/> of the item's target.</summary>
    public string? Conversation { get; set; }

    // Failed marker.
    public string? Reason { get; set; }

    public string? Detail { get; set; }

    public string? ActivityPart(int index) => index switch
    {
        0 => Activity0,
        1 => Activity1,
        2 => Activity2,
        3 => Activity3,
        4 => Activity4,
        5 => Activity5,
        6 => Activity6,
        7 => Activity7,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public void SetActivityPart(int index, string part)
    {
        switch (index)
        {
            case 0: Activity0 = part; break;
            case 1: Activity1 = part; break;
            case 2: Activity2 = part; break;
            case 3: Activity3 = part; break;
            case 4: Activity4 = part; break;
            case 5: Activity5 = part; break;
            case 6: Activity6 = part; break;
            case 7: Activity7 = part; break;
            default: throw new ArgumentOutOfRangeException(nameof(index));
        }
    }
}
