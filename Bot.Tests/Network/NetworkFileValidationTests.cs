using System.Text.Json.Nodes;
using ForumBot.Network.FileFormat;

namespace ForumBot.Tests.Network;

/// <summary>The network file's validation, one case per kind of error, each with its JSON path.</summary>
public sealed class NetworkFileValidationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, Action<JsonObject>> Mutations = new()
    {
        ["missing area"] = f => f.Remove("area"),
        ["unknown time zone"] = f => f["timeZone"] = "Europe/Atlantis",
        ["missing cadence"] = f => Forum(f, 1).Remove("cadence"),
        ["duplicate organisation id"] = f => f["organisations"]!.AsArray().Add(TestNetworkFile.Organisation("fsb", "Again", "housing")),
        ["duplicate person id"] = f => Person(f, 5)["id"] = "p-admin",
        ["duplicate forum id"] = f => Forum(f, 1)["id"] = "fritidsjob",
        ["duplicate initiative id"] = f => Initiative(f, 1)["id"] = "leisure-jobs",
        ["unknown organisation of person"] = f => Person(f, 2)["organisation"] = "nope",
        ["unknown chair"] = f => Forum(f, 0)["chairs"]![0] = "p-ghost",
        ["unknown member"] = f => Forum(f, 0)["members"]![1] = "p-ghost",
        ["unknown contact"] = f => Initiative(f, 0)["contacts"]![0] = "p-ghost",
        ["unknown owner"] = f => Initiative(f, 1)["owner"] = "org-ghost",
        ["unknown partner"] = f => Initiative(f, 0)["partners"]![0] = "org-ghost",
        ["unknown forum of initiative"] = f => Initiative(f, 1)["forums"]![1] = "forum-ghost",
        ["invalid GUID"] = f => Person(f, 0)["aadObjectId"] = "not-a-guid",
        ["empty GUID"] = f => Person(f, 0)["aadObjectId"] = Guid.Empty.ToString(),
        ["duplicate aadObjectId"] = f => Person(f, 1)["aadObjectId"] = TestNetworkFile.AdminAad.ToUpperInvariant(),
        ["cron with four fields"] = f => Forum(f, 0)["cadence"] = "0 9 * *",
        ["cron with seconds"] = f => Forum(f, 0)["cadence"] = "0 0 9 * * 1",
        ["cron that never occurs"] = f => Forum(f, 0)["cadence"] = "0 9 30 2 *",
        ["unknown sector"] = f => f["organisations"]![0]!["sector"] = "church",
        ["unknown role"] = f => Person(f, 0)["roles"]![0] = "superuser",
        ["unknown level"] = f => Forum(f, 0)["level"] = "tactical",
        ["forum without chair"] = f => Forum(f, 0)["chairs"] = new JsonArray(),
        ["initiative without contact"] = f => Initiative(f, 0)["contacts"] = new JsonArray(),
        ["prompt not before deadline"] = f => Forum(f, 0)["promptDaysBefore"] = 2,
        ["negative deadline"] = f => Forum(f, 0)["updatesDueDaysBefore"] = -1,
        ["negative agenda lead"] = f => Forum(f, 1)["agendaDaysBefore"] = -3,
        ["zero duration"] = f => Forum(f, 0)["durationMinutes"] = 0,
        ["implausible duration"] = f => Forum(f, 0)["durationMinutes"] = 100000,
        ["number as text"] = f => Forum(f, 0)["durationMinutes"] = "90",
        ["fractional number"] = f => Forum(f, 0)["durationMinutes"] = 1.5,
        ["ages reversed"] = f => Initiative(f, 0)["targetGroup"]!["ageFrom"] = 18,
        ["missing target group"] = f => Initiative(f, 0).Remove("targetGroup"),
        ["id with slash"] = f => Person(f, 5)["id"] = "p/plain",
        ["entity not an object"] = f => f["people"]![0] = "p-admin",
        ["section not an array"] = f => f["forums"] = new JsonObject(),
        ["person listed twice"] = f => Forum(f, 0)["members"]!.AsArray().Add("p-member"),
        ["bad locale"] = f => Person(f, 0)["locale"] = "english please",
        ["empty name"] = f => f["organisations"]![1]!["name"] = " ",
        ["empty topic"] = f => Initiative(f, 0)["topics"]!.AsArray().Add(""),
        ["text too long"] = f => Forum(f, 0)["description"] = new string('x', 8001),
        ["extra fields too large"] = f => Person(f, 4)["notes"] = new string('x', 30001),
        ["standing items not an array"] = f => Forum(f, 0)["standingItems"] = "Eventuelt",
        ["standing item not text"] = f => Forum(f, 0)["standingItems"] = new JsonArray("Eventuelt", 7),
        ["standing item empty"] = f => Forum(f, 0)["standingItems"] = new JsonArray(" "),
        ["standing item on two lines"] = f => Forum(f, 0)["standingItems"] = new JsonArray("Nyt fra\npolitiet"),
        ["standing item too long"] = f => Forum(f, 1)["standingItems"] = new JsonArray("Eventuelt", new string('x', 201)),
        ["standing item with CPR"] = f => Forum(f, 0)["standingItems"] = new JsonArray("Sagen om 010203-1234"),
        ["standing item twice"] = f => Forum(f, 0)["standingItems"] = new JsonArray("Eventuelt", "Eventuelt"),
    };

    public static TheoryData<string, string, string> Cases => new()
    {
        { "missing area", "$.area", "is required" },
        { "unknown time zone", "$.timeZone", "unknown time zone 'Europe/Atlantis'" },
        { "missing cadence", "$.forums[1].cadence", "is required" },
        { "duplicate organisation id", "$.organisations[4].id", "duplicate organisation id 'fsb' (first at $.organisations[2])" },
        { "duplicate person id", "$.people[5].id", "duplicate person id 'p-admin' (first at $.people[0])" },
        { "duplicate forum id", "$.forums[1].id", "duplicate forum id 'fritidsjob'" },
        { "duplicate initiative id", "$.initiatives[1].id", "duplicate initiative id 'leisure-jobs'" },
        { "unknown organisation of person", "$.people[2].organisation", "unknown organisation 'nope'" },
        { "unknown chair", "$.forums[0].chairs[0]", "unknown person 'p-ghost'" },
        { "unknown member", "$.forums[0].members[1]", "unknown person 'p-ghost'" },
        { "unknown contact", "$.initiatives[0].contacts[0]", "unknown person 'p-ghost'" },
        { "unknown owner", "$.initiatives[1].owner", "unknown organisation 'org-ghost'" },
        { "unknown partner", "$.initiatives[0].partners[0]", "unknown organisation 'org-ghost'" },
        { "unknown forum of initiative", "$.initiatives[1].forums[1]", "unknown forum 'forum-ghost'" },
        { "invalid GUID", "$.people[0].aadObjectId", "'not-a-guid' is not a GUID" },
        { "empty GUID", "$.people[0].aadObjectId", "is not a GUID" },
        { "duplicate aadObjectId", "$.people[1].aadObjectId", "is already used by 'p-admin' ($.people[0])" },
        { "cron with four fields", "$.forums[0].cadence", "is not a 5-field cron expression" },
        { "cron with seconds", "$.forums[0].cadence", "is not a 5-field cron expression" },
        { "cron that never occurs", "$.forums[0].cadence", "never occurs" },
        { "unknown sector", "$.organisations[0].sector", "unknown sector 'church' (expected one of: municipality, police, housing, school, civil-society, business, other)" },
        { "unknown role", "$.people[0].roles[0]", "unknown role 'superuser'" },
        { "unknown level", "$.forums[0].level", "unknown level 'tactical'" },
        { "forum without chair", "$.forums[0].chairs", "a forum needs at least one chair" },
        { "initiative without contact", "$.initiatives[0].contacts", "an initiative needs at least one contact" },
        { "prompt not before deadline", "$.forums[0].promptDaysBefore", "must be greater than updatesDueDaysBefore (2)" },
        { "negative deadline", "$.forums[0].updatesDueDaysBefore", "must be between 0 and 90, not -1" },
        { "negative agenda lead", "$.forums[1].agendaDaysBefore", "must be between 0 and 90, not -3" },
        { "zero duration", "$.forums[0].durationMinutes", "must be between 1 and 1440, not 0" },
        { "implausible duration", "$.forums[0].durationMinutes", "must be between 1 and 1440, not 100000" },
        { "number as text", "$.forums[0].durationMinutes", "must be a whole number" },
        { "fractional number", "$.forums[0].durationMinutes", "must be a whole number" },
        { "ages reversed", "$.initiatives[0].targetGroup.ageFrom", "must not be greater than ageTo (17)" },
        { "missing target group", "$.initiatives[0].targetGroup", "is required" },
        { "id with slash", "$.people[5].id", "'p/plain' is not a usable id" },
        { "entity not an object", "$.people[0]", "must be an object" },
        { "section not an array", "$.forums", "must be an array" },
        { "person listed twice", "$.forums[0].members[2]", "'p-member' is listed twice (also at $.forums[0].members[0])" },
        { "bad locale", "$.people[0].locale", "is not a locale" },
        { "empty name", "$.organisations[1].name", "must not be empty" },
        { "empty topic", "$.initiatives[0].topics[1]", "must not be empty" },
        { "text too long", "$.forums[0].description", "is too long (8001 characters; at most 8000)" },
        { "extra fields too large", "$.people[4]", "its extra fields are too large to keep" },
        { "standing items not an array", "$.forums[0].standingItems", "must be an array" },
        { "standing item not text", "$.forums[0].standingItems[1]", "must be a string" },
        { "standing item empty", "$.forums[0].standingItems[0]", "must not be empty" },
        { "standing item on two lines", "$.forums[0].standingItems[0]", "must not contain line breaks" },
        { "standing item too long", "$.forums[1].standingItems[1]", "is too long (201 characters; at most 200)" },
        { "standing item with CPR", "$.forums[0].standingItems[0]", "looks like it holds a CPR number" },
        { "standing item twice", "$.forums[0].standingItems[1]", "'Eventuelt' is listed twice (also at $.forums[0].standingItems[0])" },
    };

    [Fact]
    public void Read_ValidFile_ReturnsDefinitionWithoutErrors()
    {
        var result = NetworkFileReader.Read(TestNetworkFile.Create().ToJsonString(), Now);

        Assert.Empty(result.Errors);
        var network = Assert.IsType<ForumBot.Network.NetworkDefinition>(result.Definition);
        Assert.Equal(("Testby", 4, 6, 2, 2), (network.Area, network.Organisations.Count, network.People.Count, network.Forums.Count, network.Initiatives.Count));
        var forum = network.Forums[0];
        Assert.Equal(["p-chair"], forum.Chairs);
        Assert.Null(forum.AgendaDaysBefore);
        Assert.Equal(2, forum.AgendaLeadDays);
        Assert.Empty(forum.StandingItems);
        Assert.Equal(ForumBot.Network.Sector.CivilSociety, network.Organisations[3].Sector);
    }

    [Fact]
    public void Cases_CoverEveryMutation()
    {
        Assert.Equal(Mutations.Keys.Order(), Cases.Select(c => (string)c[0]).Order());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_InvalidFile_ReportsErrorAtItsPath(string mutation, string path, string reason)
    {
        var file = TestNetworkFile.Create();
        Mutations[mutation](file);

        var result = NetworkFileReader.Read(file.ToJsonString(), Now);

        Assert.Null(result.Definition);
        Assert.Contains(result.Errors, e => e.Path == path && e.Reason.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_FileWithSeveralErrors_ListsEveryOne()
    {
        var file = TestNetworkFile.Create();
        file["timeZone"] = "Mars/Olympus";
        Forum(file, 0)["chairs"]![0] = "p-ghost";
        Initiative(file, 1)["targetGroup"]!["ageTo"] = 5;
        Person(file, 3)["aadObjectId"] = "123";

        var result = NetworkFileReader.Read(file.ToJsonString(), Now);

        Assert.Equal(
            ["$.timeZone", "$.people[3].aadObjectId", "$.initiatives[1].targetGroup.ageFrom", "$.forums[0].chairs[0]"],
            result.Errors.Select(e => e.Path));
    }

    [Fact]
    public void Read_MalformedJson_ReportsLineAndPosition()
    {
        var result = NetworkFileReader.Read("{\n  \"area\": \"Testby\",\n  \"timeZone\" \"Europe/Copenhagen\"\n}", Now);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("malformed JSON at line 3, position 14:", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateProperty_IsMalformed()
    {
        var result = NetworkFileReader.Read("{ \"area\": \"a\", \"area\": \"b\" }", Now);

        Assert.Contains("malformed JSON", Assert.Single(result.Errors).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RootNotAnObject_ReportsRoot()
    {
        var error = Assert.Single(NetworkFileReader.Read("[]", Now).Errors);

        Assert.Equal(("$", "must be an object"), (error.Path, error.Reason));
    }

    [Fact]
    public void WriteAfterRead_WithOptionalAndExtraFields_GivesTheSameJson()
    {
        var file = TestNetworkFile.Create();
        file["note"] = "Illustrative data only";
        Person(file, 0)["email"] = "ada@example.org";
        Forum(file, 0)["agendaDaysBefore"] = 1;
        Forum(file, 0)["description"] = "Leisure jobs for 13–17-year-olds";
        Forum(file, 0)["standingItems"] = new JsonArray("Nyt fra politiet", "Eventuelt, og hvad der ellers er");
        Initiative(file, 0)["targetGroup"]!["description"] = "Unge i Tingbjerg";
        Initiative(file, 0)["targetGroup"]!["gender"] = "all";
        Initiative(file, 1)["description"] = "Hver tirsdag";

        var result = NetworkFileReader.Read(file.ToJsonString(), Now);
        var written = NetworkFileWriter.Write(result.Definition!);

        Assert.Equal(JsonCanonical.Of(file), JsonCanonical.Of(JsonNode.Parse(written)));
        Assert.Equal(["$.initiatives[*].targetGroup.gender", "$.note", "$.people[*].email"], result.ExtraFieldPaths);
    }

    [Fact]
    public void Read_StandingItems_KeepsTheFilesOrder()
    {
        var file = TestNetworkFile.Create();
        Forum(file, 0)["standingItems"] = new JsonArray("Nyt fra politiet", "Eventuelt");

        var result = NetworkFileReader.Read(file.ToJsonString(), Now);

        Assert.Equal(["Nyt fra politiet", "Eventuelt"], result.Definition!.Forums[0].StandingItems);
    }

    private static JsonObject Person(JsonObject file, int index) => file["people"]![index]!.AsObject();

    private static JsonObject Forum(JsonObject file, int index) => file["forums"]![index]!.AsObject();

    private static JsonObject Initiative(JsonObject file, int index) => file["initiatives"]![index]!.AsObject();
}
