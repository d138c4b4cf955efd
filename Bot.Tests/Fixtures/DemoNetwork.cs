using System.Text.Json.Nodes;
using ForumBot.Network;
using ForumBot.Network.FileFormat;

namespace ForumBot.Tests.Fixtures;

/// <summary>A person of the demo network, as the tests address them.</summary>
public sealed record DemoPerson(string Id, string AadObjectId, string Locale);

/// <summary>
/// The demo network (samples/tingbjerg-husum.network.json): its people, their aadObjectIds, and
/// facts read straight from the file (not through the bot), so expected values do not depend on
/// the code under test. A bot gets it with <see cref="TestAppOptions.DemoNetwork"/>.
/// </summary>
public static class DemoNetwork
{
    public static string FilePath { get; } = Path.Combine(RepoPaths.Root, "samples", "tingbjerg-husum.network.json");

    private static readonly Lazy<JsonObject> File = new(() => JsonNode.Parse(System.IO.File.ReadAllText(FilePath))!.AsObject());

    /// <summary>The clock of the read-only demo tests: Thursday 26 November 2026, 09:00 in Copenhagen.</summary>
    public static readonly DateTimeOffset Thursday = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

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

    // Fritidsjobnetværket meets on the first Tuesday at 09:00 Copenhagen time: 1 December 2026
    // (08:00Z). Prompt 7 days before, deadline 2 days before, reminder 09:00 the day before that.
    public static readonly DateTimeOffset FritidsjobMeeting = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset FritidsjobPrompt = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset FritidsjobDeadline = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset FritidsjobReminder = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);
    public const string FritidsjobMeetingId = "2026-12-01T09:00";

    // Skole-klub-forum meets on the first Thursday at 14:30: 3 December 2026 (13:30Z); prompt 26 November.
    public static readonly DateTimeOffset SkoleKlubPrompt = new(2026, 11, 26, 13, 30, 0, TimeSpan.Zero);

    public static DemoPerson Sara => Person("p-frontline-demo");

    public static DemoPerson Camilla => Person("p-camilla-friis");

    public static DemoPerson Chair => Person("p-chair-demo");

    public static DemoPerson Person(string id)
    {
        var person = People().Single(p => p!["id"]!.GetValue<string>() == id)!;
        return new DemoPerson(id, person["aadObjectId"]!.GetValue<string>(), person["locale"]!.GetValue<string>());
    }

    /// <summary>Every (contact, initiative) pair of the initiatives reporting to the forum.</summary>
    public static IReadOnlyList<(string PersonId, string InitiativeId)> ContactPairs(string forumId) =>
        [.. File.Value["initiatives"]!.AsArray()
            .Where(i => i!["forums"]!.AsArray().Any(f => f!.GetValue<string>() == forumId))
            .SelectMany(i => i!["contacts"]!.AsArray().Select(c => c!.GetValue<string>()).Distinct()
                .Select(c => (c, i["id"]!.GetValue<string>())))];

    public static string InitiativeName(string id) =>
        File.Value["initiatives"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == id)!["name"]!.GetValue<string>();

    private static JsonArray People() => File.Value["people"]!.AsArray();

    /// <summary>The demo network as the registry would serve it, without storage.</summary>
    public static NetworkSnapshot Snapshot() => Snapshot(Definition());

    public static NetworkSnapshot Snapshot(NetworkDefinition definition) => new(definition, 1, default);

    public static NetworkDefinition Definition() =>
        NetworkFileReader.Read(System.IO.File.ReadAllText(FilePath), TestClock.Now).Definition
        ?? throw new InvalidOperationException("The demo network file is invalid.");

    /// <summary>The ids of the demo initiatives whose names appear as lines of the card text, in card order.</summary>
    public static IReadOnlyList<string> InitiativesShown(string cardText)
    {
        ArgumentNullException.ThrowIfNull(cardText);
        var lines = cardText.Split('\n');
        var byName = Definition().Initiatives.ToDictionary(i => i.Name, i => i.Id, StringComparer.Ordinal);
        return [.. lines.Where(byName.ContainsKey).Select(l => byName[l]).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The value of the fact <paramref name="title"/> that follows the line <paramref name="heading"/>.</summary>
    public static string FactAfter(string cardText, string heading, string title)
    {
        ArgumentNullException.ThrowIfNull(cardText);
        var lines = cardText.Split('\n');
        var start = Array.IndexOf(lines, heading);
        Assert.True(start >= 0, $"“{heading}” is not on the card:\n{cardText}");
        var at = Array.IndexOf(lines, title, start);
        Assert.True(at >= 0 && at + 1 < lines.Length, $"No fact “{title}” after “{heading}”:\n{cardText}");
        return lines[at + 1];
    }
}
