using ForumBot.Cli;
using ForumBot.Network;
using ForumBot.Network.Admin;
using ForumBot.Network.FileFormat;
using ForumBot.Storage;
using ForumBot.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace ForumBot.Tests.Network.Overview;

/// <summary>
/// The demo network (samples/tingbjerg-husum.network.json) and its demo people, loaded into a
/// bot through the real import command, or read into a snapshot for tests without storage.
/// </summary>
public static class DemoNetwork
{
    /// <summary>Mikkel Hansen (p-chair-demo), chair of fritidsjob, member of ssp-lokaludvalg; da-DK.</summary>
    public const string ChairAad = "00000000-0000-0000-0000-0000000000c1";

    /// <summary>Oliver Bennett (p-admin-demo), admin, chairs nothing; en-GB.</summary>
    public const string AdminAad = "00000000-0000-0000-0000-0000000000ad";

    /// <summary>Sara Nielsen (p-frontline-demo), member (not chair) of fritidsjob; da-DK.</summary>
    public const string FrontlineAad = "00000000-0000-0000-0000-0000000000f1";

    /// <summary>Jonas Kristensen (p-police-demo), contact for politi-i-klubberne; da-DK.</summary>
    public const string PoliceAad = "00000000-0000-0000-0000-0000000000b1";

    public const string UnknownAad = "b0000000-0000-4000-8000-0000000000ff";

    public static readonly string[] LeisureJobIds =
        ["fritidsjob-kk", "fritidsjob-boligsocial", "jobklub-husum", "kom-i-gang-job", "fritidsjob-til-uddannelse", "ungepraktik-vaerksted"];

    public static readonly string[] HomeworkHelpIds = ["lektiecafe-tingbjerg", "lektiehjaelp-bibliotek", "lektier-i-klubben"];

    public static string FilePath { get; } = Path.Combine(RepoPaths.Root, "samples", "tingbjerg-husum.network.json");

    /// <summary>Waits for the bot's tables, then imports the demo file with the service's own import command.</summary>
    public static async Task ImportAsync(BotApp bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        await bot.Services.GetRequiredService<TableInitializer>().WhenReady(CancellationToken.None);
        var import = bot.Services.GetServices<ICliCommand>().OfType<ImportCommand>().Single();
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await import.RunAsync([FilePath], output, errors, CancellationToken.None);
        Assert.True(exitCode == 0, $"Importing the demo network failed ({exitCode}): {errors}");
    }

    /// <summary>The demo network as the registry would serve it, without storage.</summary>
    public static NetworkSnapshot Snapshot() => Snapshot(Definition());

    public static NetworkSnapshot Snapshot(NetworkDefinition definition) => new(definition, 1, default);

    public static NetworkDefinition Definition() =>
        NetworkFileReader.Read(File.ReadAllText(FilePath), TestClock.Now).Definition
        ?? throw new InvalidOperationException("The demo network file is invalid.");

    /// <summary>The ids of the demo initiatives whose names appear as lines of the card text, in card order.</summary>
    public static IReadOnlyList<string> InitiativesShown(string cardText)
    {
        var lines = cardText.Split('\n');
        var byName = Definition().Initiatives.ToDictionary(i => i.Name, i => i.Id, StringComparer.Ordinal);
        return [.. lines.Where(byName.ContainsKey).Select(l => byName[l]).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The value of the fact <paramref name="title"/> that follows the line <paramref name="heading"/>.</summary>
    public static string FactAfter(string cardText, string heading, string title)
    {
        var lines = cardText.Split('\n');
        var start = Array.IndexOf(lines, heading);
        Assert.True(start >= 0, $"“{heading}” is not on the card:\n{cardText}");
        var at = Array.IndexOf(lines, title, start);
        Assert.True(at >= 0 && at + 1 < lines.Length, $"No fact “{title}” after “{heading}”:\n{cardText}");
        return lines[at + 1];
    }
}
