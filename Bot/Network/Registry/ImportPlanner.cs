using Azure.Data.Tables;

namespace ForumBot.Network.Registry;

/// <summary>
/// Compares a definition with the stored rows, partition by partition. Rows with the same
/// content are left alone, so importing the same file twice writes nothing at all.
/// </summary>
internal static class ImportPlanner
{
    private sealed record Section(string Kind, string Partition, Func<NetworkDefinition, IEnumerable<NetworkRow>> Rows);

    private static readonly Section[] Sections =
    [
        new("organisations", NetworkPartitions.Organisations, d => d.Organisations.Select(EntityRows.Row)),
        new("people", NetworkPartitions.People, d => d.People.Select(EntityRows.Row)),
        new("forums", NetworkPartitions.Forums, d => d.Forums.Select(EntityRows.Row)),
        new("initiatives", NetworkPartitions.Initiatives, d => d.Initiatives.Select(EntityRows.Row)),
    ];

    public static async Task<ImportPlan> PlanAsync(NetworkTable table, NetworkDefinition definition, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var meta = await table.ReadMetaAsync(cancellationToken);
        var changes = new List<EntityChange>();
        var writes = new List<TableTransactionAction>();
        foreach (var section in Sections)
        {
            var stored = await table.ReadPartitionAsync(section.Partition, cancellationToken);
            CompareEntities(section.Kind, section.Rows(definition), stored, now, changes, writes);
        }

        var storedIndex = await table.ReadPartitionAsync(NetworkPartitions.AadIndex, cancellationToken);
        CompareIndex(definition.People.Select(EntityRows.IndexRow), storedIndex, writes);
        return new ImportPlan(definition, changes, writes, meta, SettingsDiffer(meta, definition));
    }

    private static void CompareEntities(string kind, IEnumerable<NetworkRow> desired, List<NetworkRow> stored, DateTimeOffset now,
        List<EntityChange> changes, List<TableTransactionAction> writes)
    {
        var storedById = stored.ToDictionary(r => r.RowKey, StringComparer.Ordinal);
        foreach (var row in desired)
        {
            if (!storedById.Remove(row.RowKey, out var existing))
            {
                changes.Add(new(kind, row.RowKey, EntityChangeKind.Added));
                writes.Add(new(TableTransactionActionType.Add, row));
            }
            else if (existing.SameContent(row))
            {
                changes.Add(new(kind, row.RowKey, EntityChangeKind.Unchanged));
            }
            else
            {
                var change = RowFields.IsActive(existing) ? EntityChangeKind.Updated : EntityChangeKind.Reactivated;
                changes.Add(new(kind, row.RowKey, change));
                writes.Add(new(TableTransactionActionType.UpdateReplace, row, existing.ETag));
            }
        }

        // Left the file: keep the row as history, marked inactive (merge keeps every other field).
        foreach (var gone in storedById.Values.Where(RowFields.IsActive).OrderBy(RowFields.OrderOf))
        {
            changes.Add(new(kind, gone.RowKey, EntityChangeKind.Deactivated));
            var mark = new NetworkRow { PartitionKey = gone.PartitionKey, RowKey = gone.RowKey, Active = false, DeactivatedAt = now };
            writes.Add(new(TableTransactionActionType.UpdateMerge, mark, gone.ETag));
        }
    }

    // The index is derived from the active people; stale entries go, with no history of their own.
    private static void CompareIndex(IEnumerable<NetworkRow> desired, List<NetworkRow> stored, List<TableTransactionAction> writes)
    {
        var storedByKey = stored.ToDictionary(r => r.RowKey, StringComparer.Ordinal);
        foreach (var row in desired)
        {
            if (!storedByKey.Remove(row.RowKey, out var existing))
            {
                writes.Add(new(TableTransactionActionType.Add, row));
            }
            else if (!existing.SameContent(row))
            {
                writes.Add(new(TableTransactionActionType.UpdateReplace, row, existing.ETag));
            }
        }

        writes.AddRange(storedByKey.Values.Select(stale => new TableTransactionAction(TableTransactionActionType.Delete, stale, stale.ETag)));
    }

    private static bool SettingsDiffer(NetworkRow? meta, NetworkDefinition definition) =>
        meta is null
        || meta.State != MetaStates.Complete
        || meta.Area != definition.Area
        || meta.TimeZone != definition.TimeZoneId
        || meta.ExtraFieldsJson != definition.ExtraFieldsJson;
}
