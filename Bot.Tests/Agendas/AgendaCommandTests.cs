using System.Net;
using System.Text.Json.Nodes;
using ForumBot.Tests.Fixtures;
using ForumBot.Tests.Updates;

namespace ForumBot.Tests.Agendas;

/// <summary>
/// The demo network on the fake clock three hours after Fritidsjobnetværket's request went out
/// (24 November 2026), with two updates submitted through the update card: "Kom i gang – første
/// fritidsjob" blocked, "Fritidsjob i Tingbjerg-Husum" at risk and asking two organisations.
/// The other four initiatives of the forum sent none. One bot for the class: the tests only read.
/// </summary>
public sealed class AgendaFixture : IAsyncLifetime
{
    public const string AtRiskBarrier = "For få arbejdsgivere i Husum";
    public const string AtRiskNeed = "Kontakt til flere butikker";
    public const string BlockedBarrier = "Lokalet er lukket til januar";

    public TestApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await TestApp.StartAsync(UpdatesTestApp.At(DemoNetwork.FritidsjobPrompt));
        var requests = await App.RequestsAsync(DemoNetwork.FritidsjobPrompt);
        App.FakeTime.Advance(TimeSpan.FromHours(3));
        JsonObject Card(string initiativeId) => UpdateCards.Card(requests.Single(w => w.Key.EndsWith($"|p-frontline-demo|{initiativeId}", StringComparison.Ordinal)));

        await App.ExecuteAsync(DemoNetwork.Sara, "update.submit", UpdateCards.Press(Card("fritidsjob-kk"), "update.submit",
            ("status", "at-risk"), ("reached", "12"), ("wentWell", "Fem nye unge i fritidsjob"), ("barriers", AtRiskBarrier),
            ("needs", AtRiskNeed), ("needsFrom", "kk-jobcenter,klub-tingbjerg"), ("escalateTo", string.Empty), ("escalationReason", string.Empty)));
        await App.ExecuteAsync(DemoNetwork.Sara, "update.submit", UpdateCards.Press(Card("kom-i-gang-job"), "update.submit",
            ("status", "blocked"), ("reached", "3"), ("wentWell", "Tre unge i gang"), ("barriers", BlockedBarrier),
            ("needs", string.Empty), ("needsFrom", string.Empty), ("escalateTo", string.Empty), ("escalationReason", string.Empty)));
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>"agenda [forum]" / "dagsorden [forum]" through the real endpoint: contents, each role's view, both languages, the forum implied.</summary>
public sealed class AgendaCommandTests(AgendaFixture fixture) : IClassFixture<AgendaFixture>
{
    private const string Kk = "Københavns Kommune, Børne- og Ungdomsforvaltningen";
    private const string Asks = Kk + " → Jobcenter København, Ungeindsatsen Nordvest, Fritids- og Ungdomsklubben Tingbjerg";

    private TestApp App => fixture.App;

    [Fact]
    public async Task Dagsorden_Chair_ShowsNumberedSectionsWithOwnersTheUpdatesTextAndWhoSentNothing()
    {
        var lines = await AskAsync("dagsorden fritidsjob", "da-DK", DemoNetwork.ChairAad);

        Assert.Equal("Dagsorden: Fritidsjobnetværket", lines[0]);
        Assert.Contains("Møde tirsdag den 1. december 2026 kl. 09.00", lines);
        AssertInOrder(lines,
            "Faste punkter", "1. Nyt fra arbejdsgiverne", "Fast punkt", "2. Unge på venteliste", "3. Eventuelt",
            "Indsatser, der har brug for forummet",
            "4. Kom i gang – første fritidsjob", "SSP Tingbjerg-Husum (lokale SSP-konsulenter)", "Status", "Blokeret", "Hvad står i vejen", AgendaFixture.BlockedBarrier,
            "5. Fritidsjob i Tingbjerg-Husum", Kk, "I risiko", "Beder om", Asks, AgendaFixture.AtRiskBarrier, "Hvad vi har brug for", AgendaFixture.AtRiskNeed,
            "Ingen opdatering modtaget", "6. Ingen opdatering fra Fritidsjobformidling i boligområdet", "Kontaktpersoner", "Bilal Hussain",
            "7. Ingen opdatering fra Jobklubben i Husum Ungdomsklub", "Hassan Osman");
        Assert.Contains("9. Ingen opdatering fra Ungepraktik på værkstedet", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("10.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dagsorden_Member_SeesTheUpdatesTextButNotTheNamesBehindAMissingUpdate()
    {
        var lines = await AskAsync("dagsorden fritidsjob", "da-DK", DemoNetwork.FrontlineAad);

        Assert.Contains(AgendaFixture.BlockedBarrier, lines);
        Assert.Contains(AgendaFixture.AtRiskNeed, lines);
        Assert.Contains("6. Ingen opdatering fra Fritidsjobformidling i boligområdet", lines);
        Assert.DoesNotContain("Kontaktpersoner", lines);
        Assert.DoesNotContain("Bilal Hussain", lines);
    }

    [Theory]
    [InlineData("agenda fritidsjob", "en-GB", DemoNetwork.AdminAad, "Agenda: Fritidsjobnetværket", "Meeting Tuesday 1 December 2026 at 09:00", "Blocked", "At risk", "Asks",
        "You are not in this forum, so the updates' own words are left out.", "6. No update from Fritidsjobformidling i boligområdet")]
    [InlineData("dagsorden Fritidsjobnetværket", "da-DK", "00000000-0000-0000-0000-0000000000a1", "Dagsorden: Fritidsjobnetværket", "Møde tirsdag den 1. december 2026 kl. 09.00", "Blokeret", "I risiko", "Beder om",
        "Du er ikke med i forummet, så opdateringernes egne ord er udeladt.", "6. Ingen opdatering fra Fritidsjobformidling i boligområdet")]
    public async Task Agenda_ManagerOrAdminOutsideTheForum_SeesStatusAndAsksButNeverTheUpdatesText(
        string text, string locale, string aad, string heading, string meeting, string blocked, string atRisk, string asks, string note, string missing)
    {
        var lines = await AskAsync(text, locale, aad);

        Assert.Equal(heading, lines[0]);
        AssertInOrder(lines, meeting, note, "4. Kom i gang – første fritidsjob", blocked, "5. Fritidsjob i Tingbjerg-Husum", atRisk, asks, Asks, missing);
        Assert.DoesNotContain(lines, l => l.Contains(AgendaFixture.BlockedBarrier, StringComparison.Ordinal)
            || l.Contains(AgendaFixture.AtRiskBarrier, StringComparison.Ordinal)
            || l.Contains(AgendaFixture.AtRiskNeed, StringComparison.Ordinal)
            || l.Contains("Fem nye unge", StringComparison.Ordinal)
            || l.Contains("Bilal Hussain", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("da-DK", "Ikke dit forums dagsorden", "Kun forpersoner og medlemmer af Fritidsjobnetværket, ledere og administratorer kan se dets dagsorden.")]
    [InlineData("en-US", "Not your forum's agenda", "Only the chairs and members of Fritidsjobnetværket, managers and administrators can see its agenda.")]
    public async Task Agenda_SomeoneOutsideTheForumWithoutARole_IsRefused(string locale, string heading, string text)
    {
        var lines = await AskAsync("agenda fritidsjob", locale, DemoNetwork.PoliceAad);

        Assert.Equal([heading, text], lines[..2]);
        Assert.DoesNotContain(lines, l => l.Contains("Kom i gang", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dagsorden_WithoutForumInA1To1_ForSomeoneInOneForum_ShowsThatForum()
    {
        var lines = await AskAsync("dagsorden", "da-DK", DemoNetwork.Camilla.AadObjectId);

        Assert.Equal("Dagsorden: Fritidsjobnetværket", lines[0]);
    }

    [Theory]
    [InlineData("dagsorden", "da-DK", "Hvilket forums dagsorden?", "Fora: ssp-lokaludvalg (SSP-lokaludvalg Tingbjerg-Husum), fritidsjob (Fritidsjobnetværket)")]
    [InlineData("agenda", "en-GB", "Which forum's agenda?", "Forums: ssp-lokaludvalg (SSP-lokaludvalg Tingbjerg-Husum), fritidsjob (Fritidsjobnetværket)")]
    public async Task Agenda_WithoutForumInA1To1_ForSomeoneInSeveralForums_ListsThemToChoose(string text, string locale, string heading, string list)
    {
        var lines = await AskAsync(text, locale, DemoNetwork.ChairAad);

        Assert.Equal(heading, lines[0]);
        Assert.Contains(list, lines);
    }

    [Theory]
    [InlineData("agenda fodboldklubben", "en-GB", "No forum called “fodboldklubben”")]
    [InlineData("dagsorden netværket", "da-DK", "2 fora passer på “netværket”")]
    public async Task Agenda_UnknownOrAmbiguousForum_SaysSo(string text, string locale, string heading)
    {
        var lines = await AskAsync(text, locale, DemoNetwork.AdminAad);

        Assert.Equal(heading, lines[0]);
    }

    [Fact]
    public async Task Dagsorden_InTheForumsChannel_ImpliesTheForumAndShowsWhatEveryoneThereMaySee()
    {
        await InChannelAsync("tilknyt forum fritidsjob", DemoNetwork.ChairAad);

        var lines = await InChannelAsync("dagsorden", DemoNetwork.ChairAad);

        // The whole team reads a channel, forum members or not: never the updates' own words or names there.
        Assert.Equal("Dagsorden: Fritidsjobnetværket", lines[0]);
        Assert.Contains("6. Ingen opdatering fra Fritidsjobformidling i boligområdet", lines);
        Assert.DoesNotContain(AgendaFixture.BlockedBarrier, lines);
        Assert.DoesNotContain(AgendaFixture.AtRiskNeed, lines);
        Assert.DoesNotContain("Bilal Hussain", lines);
        Assert.Contains(lines, l => l.StartsWith("Alle her kan læse med", StringComparison.Ordinal));
    }

    private async Task<string[]> AskAsync(string text, string locale, string aadObjectId) =>
        (await App.AskAsync(text, locale, aadObjectId)).Split('\n');

    /// <summary>Writes in the demo channel, @mentioning the bot, and returns the lines of the card it answers with.</summary>
    private async Task<string[]> InChannelAsync(string text, string aadObjectId)
    {
        await using var connector = await CapturingConnector.StartAsync();
        using var response = await App.PostActivityAsync(TeamsActivities.ChannelMention(connector.ServiceUrl, text, "da-DK", aadObjectId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await connector.WaitForAsync(1);
        return CardText.Of(Assert.Single(connector.SentCards())).Split('\n');
    }

    private static void AssertInOrder(string[] lines, params string[] expected)
    {
        var at = 0;
        foreach (var line in expected)
        {
            var found = Array.IndexOf(lines, line, at);
            Assert.True(found >= 0, $"“{line}” not found after line {at} in:\n{string.Join('\n', lines)}");
            at = found + 1;
        }
    }
}
