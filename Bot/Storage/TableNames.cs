namespace ForumBot.Storage;

/// <summary>Every table the service uses, by its role; the prefix comes from StorageOptions.</summary>
public static class TableNames
{
    public const string ConversationRefs = "ConversationRefs";
    public const string Dedupe = "Dedupe";

    /// <summary>The network registry: organisations, people, forums, initiatives (see docs/storage.md).</summary>
    public const string Network = "Network";

    /// <summary>The outbox of proactive messages: items, pending and failed indexes (see docs/storage.md).</summary>
    public const string Outbox = "Outbox";

    /// <summary>Leases that make one instance at a time do a job (the scheduler's).</summary>
    public const string Leases = "Leases";

    /// <summary>Tables created at start-up. Features add theirs with AddTable.</summary>
    public static IReadOnlyList<string> Core { get; } = [ConversationRefs, Dedupe];
}
