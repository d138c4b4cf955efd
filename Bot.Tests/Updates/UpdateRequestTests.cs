using ForumBot.Network;
using ForumBot.Tests.Fixtures;
using ForumBot.Updates.Requests;

namespace ForumBot.Tests.Updates;

/// <summary>The request pass at prompt time: who gets which card, in which language, and which requests are then open.</summary>
public sealed class UpdateRequestTests : IAsyncLifetime
{
    private TestApp _host = null!;

    public async Task InitializeAsync() => _host = await TestApp.StartAsync(UpdatesTestApp.At(DemoNetwork.FritidsjobPrompt.AddHours(-1)));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RequestPass_AtPromptTime_YieldsOneCardPerContactAndInitiativeOfTheForum()
    {
        var expected = DemoNetwork.ContactPairs("fritidsjob");

        var due = await _host.RequestsAsync(DemoNetwork.FritidsjobPrompt);

        Assert.Equal(9, expected.Count);
        Assert.Equal(expected.Count, due.Count);
        var keys = due.Select(w => w.Key).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(
            expected.Select(p => $"fritidsjob|{DemoNetwork.FritidsjobMeetingId}|update-request|{p.PersonId}|{p.InitiativeId}").Order(),
            keys.Order());
        Assert.All(due, w =>
        {
            Assert.Equal("update-request", w.Kind);
            Assert.Equal(DemoNetwork.FritidsjobPrompt, w.DueAt);
            Assert.DoesNotContain('/', w.Key);
            Assert.DoesNotContain('#', w.Key);
        });
        var sara = due.Single(w => w.Key.EndsWith("|p-frontline-demo|fritidsjob-kk", StringComparison.Ordinal));
        Assert.Equal(new ForumBot.Scheduling.MessageTarget.Person(DemoNetwork.Sara.AadObjectId), sara.Target);
    }

    [Fact]
    public async Task RequestPass_OutsidePromptTime_YieldsNothing()
    {
        Assert.Empty(await _host.RequestsAsync(DemoNetwork.FritidsjobPrompt.AddMinutes(-2)));
        Assert.Empty(await _host.DueAsync<ForumBot.Updates.Requests.UpdateRequestSource>(DemoNetwork.FritidsjobPrompt.AddMinutes(1), DemoNetwork.FritidsjobPrompt.AddHours(2)));
    }

    [Fact]
    public async Task RequestPass_TwiceForTheSameWindow_GivesTheSameKeysAndThePersonsOpenRequests()
    {
        var first = await _host.RequestsAsync(DemoNetwork.FritidsjobPrompt);
        var second = await _host.RequestsAsync(DemoNetwork.FritidsjobPrompt);

        Assert.Equal(first.Select(w => w.Key), second.Select(w => w.Key));
        var network = await _host.Get<INetworkReader>().GetSnapshotAsync(CancellationToken.None);
        var pending = await _host.Get<OpenRequests>().ForPersonAsync(network, "p-frontline-demo", DemoNetwork.FritidsjobPrompt, CancellationToken.None);
        Assert.Equal(["fritidsjob-kk", "kom-i-gang-job"], pending.Select(r => r.Initiative.Id).Order());
        Assert.All(pending, r => Assert.Equal(DemoNetwork.FritidsjobDeadline, r.Cycle.DeadlineAt));
    }

    [Fact]
    public async Task OpenRequests_ForAPerson_AreDerivedFromTheNetworkCalendarAndUpdates()
    {
        var network = await _host.Get<INetworkReader>().GetSnapshotAsync(CancellationToken.None);
        var open = _host.Get<OpenRequests>();

        // Before the prompt nothing is open; an update that is in closes its request (whoever sent it).
        Assert.Empty(await open.ForPersonAsync(network, "p-frontline-demo", DemoNetwork.FritidsjobPrompt.AddTicks(-1), CancellationToken.None));
        _host.FakeTime.SetUtcNow(DemoNetwork.FritidsjobPrompt.AddHours(1));
        var card = UpdateCards.Card((await _host.RequestsAsync(DemoNetwork.FritidsjobPrompt)).Single(w => w.Key.EndsWith("|p-frontline-demo|fritidsjob-kk", StringComparison.Ordinal)));
        await _host.ExecuteAsync(DemoNetwork.Sara, "update.submit", UpdateCards.Press(card, "update.submit", ("status", "on-track"), ("reached", "1")));

        var pending = await open.ForPersonAsync(network, "p-frontline-demo", DemoNetwork.FritidsjobPrompt.AddHours(1), CancellationToken.None);

        Assert.Equal(["kom-i-gang-job"], pending.Select(r => r.Initiative.Id));
        Assert.Equal((DemoNetwork.FritidsjobMeetingId, "fritidsjob"), (pending[0].Cycle.MeetingId, pending[0].Forum.Id));
        Assert.DoesNotContain(await open.ForPersonAsync(network, "p-frontline-demo", DemoNetwork.FritidsjobDeadline, CancellationToken.None), r => r.Forum.Id == "fritidsjob");
    }

    [Fact]
    public async Task RequestCard_ForDanishContact_IsDanishWithDanishDates()
    {
        var due = await _host.RequestsAsync(DemoNetwork.FritidsjobPrompt);
        var card = UpdateCards.Card(due.Single(w => w.Key.EndsWith("|p-frontline-demo|fritidsjob-kk", StringComparison.Ordinal)));
        var text = CardText.Of(card);

        Assert.Contains("Opdatering: Fritidsjob i Tingbjerg-Husum", text, StringComparison.Ordinal);
        Assert.Contains("Fritidsjobnetværket", text, StringComparison.Ordinal);
        Assert.Contains("tirsdag den 1. december 2026 kl. 09.00", text, StringComparison.Ordinal);
        Assert.Contains("søndag den 29. november 2026 kl. 09.00", text, StringComparison.Ordinal);
        Assert.Contains("Hvordan går det?", text, StringComparison.Ordinal);
        Assert.Contains("Unge nået siden sidste møde", text, StringComparison.Ordinal);
        Assert.Equal(["on-track", "at-risk", "blocked"], UpdateCards.Input(card, "status")["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));
        Assert.Equal(0, UpdateCards.Input(card, "reached")["min"]!.GetValue<int>());
        Assert.Equal(60, UpdateCards.Input(card, "needsFrom")["choices"]!.AsArray().Count);
        Assert.True(UpdateCards.Input(card, "needsFrom")["isMultiSelect"]!.GetValue<bool>());
        Assert.Equal(6, UpdateCards.Input(card, "escalateTo")["choices"]!.AsArray().Count);
        var submit = UpdateCards.Action(card, "update.submit");
        Assert.Equal("update.submit", submit["data"]!["verb"]!.GetValue<string>());
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.True(card.ToJsonString().Length < 28 * 1024);
    }

    [Fact]
    public async Task RequestCard_FollowsTheLocaleTeamsLastSent_ElseTheRegistry()
    {
        // Sara's registry locale is da-DK, but her last activity in Teams said en-US; Camilla (da-DK) never wrote.
        Assert.Equal("da-DK", DemoNetwork.Sara.Locale);
        await _host.SayAsync(DemoNetwork.Sara, "help", "en-US");

        var due = await _host.RequestsAsync(DemoNetwork.FritidsjobPrompt);

        var sara = due.Single(w => w.Key.EndsWith("|p-frontline-demo|fritidsjob-kk", StringComparison.Ordinal));
        var saraText = CardText.Of(UpdateCards.Card(sara));
        Assert.Equal("en-US", sara.Activity.Locale);
        Assert.Contains("Update: Fritidsjob i Tingbjerg-Husum", saraText, StringComparison.Ordinal);
        Assert.Contains("How is it going?", saraText, StringComparison.Ordinal);
        Assert.Contains("Tuesday 1 December 2026 at 09:00", saraText, StringComparison.Ordinal);
        Assert.DoesNotContain("Hvordan", saraText, StringComparison.Ordinal);
        var camilla = due.First(w => w.Key.Contains("|p-camilla-friis|", StringComparison.Ordinal));
        Assert.Equal("da-DK", camilla.Activity.Locale);
        Assert.Contains("Hvordan går det?", CardText.Of(UpdateCards.Card(camilla)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReminderCard_FollowsTheLocaleTeamsLastSent()
    {
        await _host.SayAsync(DemoNetwork.Sara, "hjælp", "en-GB");
        _host.FakeTime.SetUtcNow(DemoNetwork.FritidsjobReminder);

        var reminders = await _host.RemindersAsync(DemoNetwork.FritidsjobReminder);

        var sara = reminders.Single(w => w.Key.EndsWith("|p-frontline-demo|fritidsjob-kk", StringComparison.Ordinal));
        Assert.Contains("Reminder: the update on Fritidsjob i Tingbjerg-Husum is due", CardText.Of(UpdateCards.Card(sara)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "da-DK", "en-US")]
    [InlineData(null, "en-GB", "en-GB")]
    [InlineData(null, null, "da-DK")]
    [InlineData("", " ", "da-DK")]
    public void RecipientLocale_TeamsThenRegistryThenDanish(string? teams, string? registry, string expected)
    {
        Assert.Equal(expected, RecipientLocales.Choose(teams, registry));
    }

    [Fact]
    public async Task RequestCard_ForEnglishContact_IsEnglish()
    {
        var due = await _host.RequestsAsync(DemoNetwork.SkoleKlubPrompt);
        var freja = due.Single(w => w.Key.EndsWith("|p-freja-holt|lektiehjaelp-bibliotek", StringComparison.Ordinal));
        var text = CardText.Of(UpdateCards.Card(freja));

        Assert.Equal(DemoNetwork.ContactPairs("skole-klub").Count, due.Count);
        Assert.Contains("Update: ", text, StringComparison.Ordinal);
        Assert.Contains("Thursday 3 December 2026 at 14:30", text, StringComparison.Ordinal);
        Assert.Contains("How is it going?", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hvordan", text, StringComparison.Ordinal);
    }
}
