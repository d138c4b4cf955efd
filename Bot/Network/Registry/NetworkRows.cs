using Azure.Data.Tables;

namespace ForumBot.Network.Registry;

/// <summary>
/// The Network table's layout (docs/storage.md): one partition per kind, keyed by the file's
/// ids; an index partition from aadObjectId to person; one version row. Lists are stored as
/// newline-separated strings: the registry is always read whole, never filtered by membership.
/// </summary>
internal static class NetworkPartitions
{
    public const string Organisations = "organisation";
    public const string People = "person";
    public const string Forums = "forum";
    public const string Initiatives = "initiative";
    public const string AadIndex = "aad";
    public const string Meta = "meta";
    public const string MetaRow = "network";
}

/// <summary>Property names shared by every entity row.</summary>
internal static class RowFields
{
    /// <summary>False once the entity left the file; the row stays as history.</summary>
    public const string Active = "Active";
    public const string DeactivatedAt = "DeactivatedAt";

    /// <summary>The position in the file, so export writes entities back in the same order.</summary>
    public const string Order = "Order";
    public const string Extra = "ExtraFieldsJson";

    private static readonly HashSet<string> SystemProperties = new(StringComparer.Ordinal) { "PartitionKey", "RowKey", "Timestamp", "odata.etag" };

    public static bool IsActive(TableEntity row) => row.GetBoolean(Active) ?? false;

    public static int OrderOf(TableEntity row) => row.GetInt32(Order) ?? int.MaxValue;

    /// <summary>Same stored content (system properties aside): the import then leaves the row alone.</summary>
    public static bool SameContent(TableEntity stored, TableEntity desired)
    {
        var storedKeys = stored.Keys.Where(k => !SystemProperties.Contains(k)).ToList();
        var desiredKeys = desired.Keys.Where(k => !SystemProperties.Contains(k)).ToList();
        return storedKeys.Count == desiredKeys.Count
            && desiredKeys.All(k => stored.TryGetValue(k, out var value) && Equals(value, desired[k]));
    }

    public static string JoinList(IEnumerable<string> items) => string.Join('\n', items);

    public static IReadOnlyList<string> SplitList(string? stored) =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split('\n');

    /// <summary>Adds a property only when it has a value, so absent optional fields stay absent.</summary>
    public static void SetIfNotNull(TableEntity row, string name, object? value)
    {
        if (value is not null)
        {
            row[name] = value;
        }
    }
}
