using System.Globalization;
using System.Text.RegularExpressions;
using ForumBot.Tests.Fixtures;

namespace ForumBot.Tests;

/// <summary>
/// One logging style: every log line is a [LoggerMessage] with an event id that is unique in
/// the service and lies in its folder's range (docs/architecture.md, "Logging"), so an operator
/// can tell from the id alone where a line comes from. Read from the sources.
/// </summary>
public sealed partial class LoggingRuleTests
{
    /// <summary>Folder under Bot/ (longest match wins) and its event-id range, as in docs/architecture.md.</summary>
    private static readonly (string Folder, int From, int To)[] Ranges =
    [
        ("Protocol/Auth", 1120, 1149),
        ("Protocol/Outbound", 1200, 1299),
        ("Protocol", 1000, 1099),
        ("Storage", 1100, 1119),
        ("Teams", 1150, 1199),
        ("Network", 1300, 1399),
        ("Scheduling", 3000, 3499),
        ("Retention", 3500, 3599),
        ("Updates", 6000, 6999),
        ("Agendas", 7500, 7799),
        ("Escalations", 7800, 7999),
        ("FollowUps", 7000, 7499),
        ("Digests", 8000, 8999),
    ];

    private static IEnumerable<(string File, int Id)> EventIds() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "Bot"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => LoggerMessageId().Matches(File.ReadAllText(file))
                .Select(m => (Path.GetRelativePath(Path.Combine(RepoPaths.Root, "Bot"), file).Replace('\\', '/'),
                    int.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture))));

    [Fact]
    public void EventIds_AreUniqueAcrossTheService()
    {
        var ids = EventIds().ToList();
        Assert.NotEmpty(ids);
        var duplicates = ids.GroupBy(e => e.Id).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(e => e.File))}");
        Assert.Empty(duplicates);
    }

    [Fact]
    public void EventIds_LieInTheirFoldersRange()
    {
        var outside = EventIds()
            .Select(e => (e.File, e.Id, Range: Ranges.Where(r => e.File.StartsWith(r.Folder + "/", StringComparison.Ordinal))
                .OrderByDescending(r => r.Folder.Length).Cast<(string Folder, int From, int To)?>().FirstOrDefault()))
            .Where(e => e.Range is not { } range || e.Id < range.From || e.Id > range.To)
            .Select(e => $"{e.File}: {e.Id} (range {(e.Range is { } r ? $"{r.From}–{r.To}" : "none for this folder")})");
        Assert.Empty(outside);
    }

    [Fact]
    public void Logging_GoesThroughLoggerMessageOnly()
    {
        // ILogger.LogInformation(...) and friends format at run time and invite message text into logs.
        var direct = Directory.GetFiles(Path.Combine(RepoPaths.Root, "Bot"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(file => DirectLogCall().IsMatch(File.ReadAllText(file)))
            .Select(file => Path.GetRelativePath(RepoPaths.Root, file));
        Assert.Empty(direct);
    }

    [GeneratedRegex(@"\[LoggerMessage\(\s*(?:EventId\s*=\s*)?(?<id>\d+)")]
    private static partial Regex LoggerMessageId();

    [GeneratedRegex(@"\.Log(Trace|Debug|Information|Warning|Error|Critical)\(")]
    private static partial Regex DirectLogCall();
}
