using ForumBot.Storage;

namespace ForumBot.Scheduling;

/// <summary>The Leases table's row of one lease (PartitionKey "lease", RowKey its name).</summary>
internal sealed record LeaseRow : TableRow
{
    public const string Partition = "lease";

    public string? Holder { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? AcquiredAt { get; set; }

    /// <summary>When the holder last completed a pass; absent until one did.</summary>
    public DateTimeOffset? LastPassAt { get; set; }
}
