using Azure;
using Azure.Data.Tables;

namespace ForumBot.Scheduling;

/// <summary>The Leases table's row of one lease (PartitionKey "lease", RowKey its name).</summary>
internal sealed class LeaseRow : ITableEntity
{
    public const string Partition = "lease";

    public string PartitionKey { get; set; } = Partition;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? Holder { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? AcquiredAt { get; set; }

    /// <summary>When the holder last completed a pass; absent until one did.</summary>
    public DateTimeOffset? LastPassAt { get; set; }
}
