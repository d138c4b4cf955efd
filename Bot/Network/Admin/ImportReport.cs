using ForumBot.Network.FileFormat;
using ForumBot.Network.Registry;

namespace ForumBot.Network.Admin;

/// <summary>The import command's text output: every error, or the change summary per kind.</summary>
internal static class ImportReport
{
    private static readonly EntityChangeKind[] Listed =
        [EntityChangeKind.Added, EntityChangeKind.Updated, EntityChangeKind.Reactivated, EntityChangeKind.Deactivated];

    private const int MaxListedIds = 20;

    public static async Task WriteErrorsAsync(TextWriter errors, string file, IReadOnlyList<NetworkFileError> problems)
    {
        await errors.WriteLineAsync($"{file}: {problems.Count} error(s); nothing was imported.");
        foreach (var problem in problems)
        {
            await errors.WriteLineAsync("  " + problem);
        }
    }

    public static async Task WritePlanAsync(TextWriter output, ImportPlan plan, IReadOnlyList<string> extraFieldPaths)
    {
        await output.WriteLineAsync($"Network '{plan.Definition.Area}' ({plan.Definition.TimeZoneId}):");
        foreach (var kind in ImportPlan.Kinds)
        {
            await output.WriteLineAsync(
                $"  {kind + ":",-15} {plan.Count(kind, EntityChangeKind.Added)} added, {plan.Count(kind, EntityChangeKind.Updated)} updated, " +
                $"{plan.Count(kind, EntityChangeKind.Reactivated)} reactivated, {plan.Count(kind, EntityChangeKind.Unchanged)} unchanged, " +
                $"{plan.Count(kind, EntityChangeKind.Deactivated)} deactivated");
        }

        if (plan.SettingsChanged)
        {
            await output.WriteLineAsync("  network settings (area, time zone, extra fields) will be written");
        }

        foreach (var kind in ImportPlan.Kinds)
        {
            foreach (var change in Listed)
            {
                var ids = plan.Ids(kind, change).ToList();
                if (ids.Count > 0)
                {
                    await output.WriteLineAsync($"  {kind} {change.ToString().ToLowerInvariant()}: {Abbreviated(ids)}");
                }
            }
        }

        if (extraFieldPaths.Count > 0)
        {
            await output.WriteLineAsync($"  kept as-is for export, not used by ForumBot: {string.Join(", ", extraFieldPaths)}");
        }
    }

    // A first import adds everything; a screenful of ids helps nobody, the counts say it.
    private static string Abbreviated(List<string> ids) =>
        ids.Count <= MaxListedIds
            ? string.Join(", ", ids)
            : string.Join(", ", ids.Take(MaxListedIds)) + $" … and {ids.Count - MaxListedIds} more";
}
