using Azure;
using Azure.Data.Tables;

namespace ForumBot.Storage;

/// <summary>
/// The system columns every typed row has; each table's row class derives from this and adds its
/// own columns (docs/storage.md, "Rows are typed"). A record, so a row is copied with
/// <c>with</c> and compared by content. Its text is its type and keys only: rows hold names and
/// message text, which never go into a log.
/// </summary>
public abstract record TableRow : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public sealed override string ToString() => $"{GetType().Name} {PartitionKey}/{RowKey}";
}
