namespace ForumBot.Storage;

/// <summary>
/// Any row reduced to its keys: what a mechanism that serves every table (purges, deletes by
/// key, the readiness probe) reads with <c>select: KeyRow.Columns</c>, and what a delete by key
/// passes to a transaction. Features read their own rows through their typed row class.
/// </summary>
public sealed record KeyRow : TableRow
{
    public static readonly IReadOnlyList<string> Columns = ["PartitionKey", "RowKey", "Timestamp"];

    public KeyRow()
    {
    }

    public KeyRow(string partitionKey, string rowKey)
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }
}
