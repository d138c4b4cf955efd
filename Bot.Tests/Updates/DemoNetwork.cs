using System.Text.Json.Nodes;
using ForumBot.Tests.Fixtures;

namespace ForumBot.Tests.Updates;

/// <summary>A person of the demo network, as the tests address them.</summary>
public sealed record DemoPerson(string Id, string AadObjectId, string Locale);

/// <summary>
/// Facts read straight from samples/tingbjerg-husum.network.json (not through the bot), so the
/// expected counts do not depend on the code under test.
/// </summary>
public static class DemoNetwork
{
    public static string FilePath { get; } = Path.Combine(RepoPaths.Root, "samples", "tingbjerg-husum.network.json");

    private static readonly Lazy<JsonObject> File = new(() => JsonNode.Parse(System.IO.File.ReadAllText(FilePath))!.AsObject());

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
}
