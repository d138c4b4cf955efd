using Azure.Data.Tables;

namespace ForumBot.Network.Registry;

public enum EntityChangeKind
{
    Added,
    Updated,
    Reactivated,
    Unchanged,
    Deactivated,
}

/// <summary>What an import does to one entity. Kind is the file's section name, e.g. "forums".</summary>
public sealed record EntityChange(string Kind, string Id, EntityChangeKind Change);

/// <summary>
/// The difference between a network file and the stored registry, computed before anything is
/// written: a dry run prints it, an import applies it. Every write carries the ETag of the row it
/// was computed from, so rows changed since the plan are not overwritten.
/// </summary>
public sealed class ImportPlan
{
    public static IReadOnlyList<string> Kinds { get; } = ["organisations", "people", "forums", "initiatives"];

    internal ImportPlan(NetworkDefinition definition, IReadOnlyList<EntityChange> changes, IReadOnlyList<TableTransactionAction> writes,
        NetworkRow? storedMeta, bool settingsChanged)
    {
        Definition = definition;
        Changes = changes;
        Writes = writes;
        StoredMeta = storedMeta;
        SettingsChanged = settingsChanged;
    }

    public NetworkDefinition Definition { get; }

    /// <summary>One entry per entity of the file, plus one per entity it deactivates.</summary>
    public IReadOnlyList<EntityChange> Changes { get; }

    /// <summary>The network's own fields (area, time zone) differ, or a previous import did not finish.</summary>
    public bool SettingsChanged { get; }

    /// <summary>Entities added, updated, reactivated or deactivated, plus the settings.</summary>
    public int ChangeCount => Changes.Count(c => c.Change != EntityChangeKind.Unchanged) + (SettingsChanged ? 1 : 0);

    public bool HasChanges => Writes.Count > 0 || SettingsChanged;

    internal IReadOnlyList<TableTransactionAction> Writes { get; }

    internal NetworkRow? StoredMeta { get; }

    public int Count(string kind, EntityChangeKind change) => Changes.Count(c => c.Kind == kind && c.Change == change);

    public IEnumerable<string> Ids(string kind, EntityChangeKind change) =>
        Changes.Where(c => c.Kind == kind && c.Change == change).Select(c => c.Id);
}

/// <summary>What applying a plan came to.</summary>
public enum ImportStatus
{
    /// <summary>Every change written (or there was nothing to write).</summary>
    Imported,

    /// <summary>Another import or writer changed the registry after the plan was made; nothing more was written.</summary>
    ChangedMeanwhile,
}

public sealed record ImportOutcome(ImportStatus Status, long Version);
