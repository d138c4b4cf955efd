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
        var row = await Client.GetEntityIfExistsAsync<NetworkRow>(NetworkPartitions.AadIndex, EntityRows.AadKey(aadObjectId), cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.PersonId : null;
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
            meta.Area ?? string.Empty,
            meta.TimeZone ?? "Europe/Copenhagen",
            await organisations, await people, await forums, await initiatives,
            meta.ExtraFieldsJson);
        return new NetworkSnapshot(definition, meta.Version ?? 0, meta.ETag);
    }

    internal async Task<NetworkRow?> ReadMetaAsync(CancellationToken cancellationToken)
    {
        var row = await Client.GetEntityIfExistsAsync<NetworkRow>(NetworkPartitions.Meta, NetworkPartitions.MetaRow, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value : null;
    }

    internal async Task<List<NetworkRow>> ReadPartitionAsync(string partition, CancellationToken cancellationToken)
    {
        var rows = new List<NetworkRow>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        await foreach (var row in Client.QueryAsync<NetworkRow>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    private async Task<IReadOnlyList<T>> ReadActiveAsync<T>(string partition, Func<NetworkRow, T> map, CancellationToken cancellationToken)
    {
        var rows = await ReadPartitionAsync(partition, cancellationToken);
        return [.. rows.Where(RowFields.IsActive).OrderBy(RowFields.OrderOf).Select(map)];
    }
}
