namespace ForumBot.Updates.Storage;

/// <summary>The Updates feature's tables (layout in docs/storage.md, section "Frontline updates").</summary>
public static class UpdateTables
{
    /// <summary>One row per initiative and meeting cycle. PK "forum|meeting", RK initiative.</summary>
    public const string Updates = "Updates";

    /// <summary>
    /// The same rows by initiative, for its history. PK initiative, RK "meeting|forum". Kept though
    /// only tests read it today (UpdateStore.HistoryAsync): the summaries to come need "what changed
    /// since the previous period" per initiative, which is one partition query here, oldest meeting
    /// first, and would be a scan of every forum's cycles in Updates.
    /// </summary>
    public const string History = "UpdateHistory";

    /// <summary>Joins key parts; network ids never contain '|' (the file's id pattern excludes it).</summary>
    public static string Key(params string[] parts) => string.Join('|', parts);
}
