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

/// <summary>Helpers shared by every entity row.</summary>
internal static class RowFields
{
    public static bool IsActive(NetworkRow row) => row.Active ?? false;

    public static int OrderOf(NetworkRow row) => row.Order ?? int.MaxValue;

    public static string JoinList(IEnumerable<string> items) => string.Join('\n', items);

    public static IReadOnlyList<string> SplitList(string? stored) =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split('\n');
}

/// <summary>The version row's states.</summary>
internal static class MetaStates
{
    public const string Importing = "importing";
    public const string Complete = "complete";
}
