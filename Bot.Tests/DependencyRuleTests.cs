using System.Text.RegularExpressions;
using ForumBot.Tests.Fixtures;

namespace ForumBot.Tests;

/// <summary>
/// The shared mechanisms depend only on mechanisms below them, never on a feature, so there are
/// no cycles between them and a feature plugs in through the mechanism's interface (a route, an
/// IRetentionPurge, an IDueWorkSource) in its own AddX. Read from the sources: every
/// "ForumBot.X" a mechanism's file names (using lines and qualified names alike).
/// </summary>
public sealed partial class DependencyRuleTests
{
    /// <summary>Each mechanism's folder under Bot/ and the other top-level ForumBot namespaces it may name.</summary>
    public static TheoryData<string, string[]> Mechanisms => new()
    {
        { "Storage", [] },
        { "Localization", [] },
        { "Hosting", [] },
        { "Observability", [] },
        { "Cards", ["Localization"] },
        { "Retention", ["Storage"] },
        { "Protocol", ["Storage", "Retention", "Cards", "Localization", "Hosting"] },
        { "Teams", ["Protocol", "Storage", "Retention", "Localization"] },
        { Path.Combine("Scheduling", "Calendar"), [] },
    };

    [Theory]
    [MemberData(nameof(Mechanisms))]
    public void Mechanism_NamesOnlyTheMechanismsBelowIt(string folder, string[] allowed)
    {
        var own = folder.Split(Path.DirectorySeparatorChar)[0];
        var directory = Path.Combine(RepoPaths.Root, "Bot", folder);
        var files = Directory.GetFiles(directory, "*.cs", SearchOption.AllDirectories);
        Assert.NotEmpty(files);

        var offending = files
            .SelectMany(file => File.ReadLines(file)
                .Where(line => !line.StartsWith("namespace ", StringComparison.Ordinal))
                .SelectMany(line => ForumBotNamespace().Matches(line).Select(m => m.Groups[1].Value))
                .Where(used => used != own && !allowed.Contains(used))
                .Select(used => $"{Path.GetRelativePath(RepoPaths.Root, file)} names ForumBot.{used}"))
            .Distinct()
            .ToList();

        Assert.Empty(offending);
    }

    /// <summary>
    /// Features built on by others never name the features built on them: Escalations uses Agendas,
    /// Updates, FollowUps and Network through their seams (IAgendaItemSource, IAgendaItemPanel,
    /// IUpdateSavedListener), so none of those may name ForumBot.Escalations.
    /// </summary>
    [Theory]
    [InlineData("Network", "Escalations")]
    [InlineData("Updates", "Escalations")]
    [InlineData("FollowUps", "Escalations")]
    [InlineData("Agendas", "Escalations")]
    public void Feature_NeverNamesAFeatureBuiltOnIt(string folder, string above)
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "Bot", folder), "*.cs", SearchOption.AllDirectories);
        Assert.NotEmpty(files);

        var offending = files
            .Where(file => File.ReadLines(file).Any(line => ForumBotNamespace().Matches(line).Any(m => m.Groups[1].Value == above)))
            .Select(file => $"{Path.GetRelativePath(RepoPaths.Root, file)} names ForumBot.{above}")
            .ToList();

        Assert.Empty(offending);
    }

    [GeneratedRegex(@"\bForumBot\.([A-Z][A-Za-z]*)")]
    private static partial Regex ForumBotNamespace();
}
