using ForumBot.FollowUps.Model;
using ForumBot.Storage;

namespace ForumBot.FollowUps.Storage;

/// <summary>
/// Every row of the FollowUps table (docs/storage.md, "FollowUps"): the follow-up itself and its
/// history in the follow-up's own partition, and index rows in the forum's, the owner's and the
/// organisation's partitions. One record with every kind's columns; null columns are not stored.
/// </summary>
public sealed record FollowUpRow : TableRow
{
    public string FollowUpId { get; set; } = string.Empty;

    public string? ForumId { get; set; }
    public string? Origin { get; set; }
    public string? OriginRef { get; set; }
    public string? Text { get; set; }
    public string? OwnerId { get; set; }
    public string? OrganisationId { get; set; }

    /// <summary>The due day in the network's zone, "yyyy-MM-dd" (sorts as text).</summary>
    public string? Due { get; set; }

    /// <summary>"open", "done", "cancelled".</summary>
    public string? Status { get; set; }

    public string? CreatedBy { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>1 when created, +1 per change; a history row has the version its change made.</summary>
    public int? Version { get; set; }

    // History rows: who, when, what.
    public string? ChangedBy { get; set; }
    public DateTimeOffset? ChangedAt { get; set; }
    public string? Change { get; set; }
    public string? NewValue { get; set; }
}
