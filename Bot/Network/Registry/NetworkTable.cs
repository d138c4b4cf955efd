using Azure.Data.Tables;
using ForumBot.Storage;

namespace ForumBot.Network.Registry;

/// <summary>
/// Reads of the Network table: the version row, whole partitions (never a query without a
/// PartitionKey), the aadObjectId index by point read, and a full snapshot of the active network.
/// </summary>
public sealed class NetworkTable(TableStore store)
{
    internal TableClient Client => store.Table(TableNames.Network);

    /// <summary>The person id registered for a Teams user, by one point read; null when none.</summary>
    public async Task<string?> FindPersonIdAsync(Guid aadObjectId, CancellationToken cancellationToken)
    {
        var row = await Client.GetEntityIfExistsAsync<TableEntity>(NetworkPartitions.AadIndex, EntityRows.AadKey(aadObjectId), cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.GetString("PersonId") : null;
    }

    /// <summary>Reads the active network: the version row first, so a concurrent import makes the next check reload.</summary>
    public async Task<NetworkSnapshot> LoadSnapshotAsync(CancellationToken cancellationToken)
    {
        var meta = await ReadMetaAsync(cancellationToken);
        if (meta is null)
        {
            return NetworkSnapshot.Empty;
        }

        var organisations = ReadActiveAsync(NetworkPartitions.Organisations, EntityRows.Organisation, cancellationToken);
        var people = ReadActiveAsync(NetworkPartitions.People, EntityRows.Person, cancellationToken);
        var forums = ReadActiveAsync(NetworkPartitions.Forums, EntityRows.Forum, cancellationToken);
        var initiatives = ReadActiveAsync(NetworkPartitions.Initiatives, EntityRows.Initiative, cancellationToken);
        await Task.WhenAll(organisations, people, forums, initiatives);

        var definition = new NetworkDefinition(
            meta.GetString(MetaFields.Area) ?? string.Empty,
            meta.GetString(MetaFields.TimeZone) ?? "Europe/Copenhagen",
            await organisations, await people, await forums, await initiatives,
            meta.GetString(RowFields.Extra));
        return new NetworkSnapshot(definition, meta.GetInt64(MetaFields.Version) ?? 0, meta.ETag);
    }

    internal async Task<TableEntity?> ReadMetaAsync(CancellationToken cancellationToken)
    {
        var row = await Client.GetEntityIfExistsAsync<TableEntity>(NetworkPartitions.Meta, NetworkPartitions.MetaRow, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value : null;
    }

    internal async Task<List<TableEntity>> ReadPartitionAsync(string partition, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        await foreach (var row in Client.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    private async Task<IReadOnlyList<T>> ReadActiveAsync<T>(string partition, Func<TableEntity, T> map, CancellationToken cancellationToken)
    {
        var rows = await ReadPartitionAsync(partition, cancellationToken);
        return [.. rows.Where(RowFields.IsActive).OrderBy(RowFields.OrderOf).Select(map)];
    }
}

/// <summary>The version row: the network's own fields and the import bookkeeping.</summary>
internal static class MetaFields
{
    public const string Area = "Area";
    public const string TimeZone = "TimeZone";
    public const string Version = "Version";

    /// <summary>"importing" while an import writes, "complete" after; a crashed import is finished by the next.</summary>
    public const string State = "State";
    public const string ImportedAt = "ImportedAt";
    public const string Importing = "importing";
    public const string Complete = "complete";
}
