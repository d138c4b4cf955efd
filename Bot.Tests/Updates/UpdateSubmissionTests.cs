using System.Text.Json.Nodes;
using ForumBot.Tests.Fixtures;
using ForumBot.Updates.Storage;

namespace ForumBot.Tests.Updates;

/// <summary>Submitting and editing in the card, by Action.Execute and by Action.Submit, before and after the deadline.</summary>
public sealed class UpdateSubmissionTests : IAsyncLifetime
{
    private TestApp _host = null!;
    private List<ForumBot.Scheduling.DueWork> _requests = null!;

    public async Task InitializeAsync()
    {
        _host = await TestApp.StartAsync(UpdatesTestApp.At(DemoNetwork.FritidsjobPrompt));
        _requests = await _host.RequestsAsync(DemoNetwork.FritidsjobPrompt);
        _host.FakeTime.Advance(TimeSpan.FromHours(3));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Execute_ValidForm_StoresTheUpdateAndAnswersWithTheSummary()
    {
        var data = UpdateCards.Press(RequestCard("p-frontline-demo", "fritidsjob-kk"), "update.submit", ValidInputs());

        var body = await _host.ExecuteAsync(DemoNetwork.Sara, "update.submit", data);

        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        var summary = UpdateCards.FromInvoke(body);
        var text = CardText.Of(summary);
        Assert.Contains("Opdatering indsendt ✓", text, StringComparison.Ordinal);
        Assert.Contains("Du kan ændre den indtil søndag den 29. november 2026 kl. 09.00.", text, StringComparison.Ordinal);
        Assert.Contains("Fem nye unge i fritidsjob", text, StringComparison.Ordinal);
        Assert.Contains("I risiko", text, StringComparison.Ordinal);
        Assert.Empty(UpdateCards.Inputs(summary));
        Assert.Equal("update.edit", UpdateCards.Action(summary, "update.edit")["data"]!["verb"]!.GetValue<string>());

        var stored = await Stored("fritidsjob-kk");
        Assert.NotNull(stored);
        Assert.Equal("at-risk", stored.Status);
        Assert.Equal(12, stored.Reached);
        Assert.Equal("Fem nye unge i fritidsjob", stored.WentWell);
        Assert.Equal("kk-jobcenter,klub-tingbjerg", stored.NeedsFrom);
        Assert.Equal("p-frontline-demo", stored.SubmittedBy);
        Assert.Equal(1, stored.Version);
        var history = await _host.Get<UpdateStore>().HistoryAsync("fritidsjob-kk", CancellationToken.None);
        Assert.Equal(1, Assert.Single(history).Version);
    }

    [Fact]
    public async Task Submit_ValidForm_UpdatesTheCardInPlace()
    {
        var value = UpdateCards.Press(RequestCard("p-camilla-friis", "fritidsjob-kk"), "update.submit", ValidInputs());

        await _host.SubmitAsync(DemoNetwork.Camilla, value, "activity-card-1", locale: "en-US");

        var put = Assert.Single(await _host.Connector.WaitForAsync(1, r => r.Method == "PUT"));
        Assert.EndsWith("/activities/activity-card-1", put.Path, StringComparison.Ordinal);
        var card = put.Body!["attachments"]![0]!["content"]!;
        Assert.Contains("Update submitted ✓", CardText.Of(card), StringComparison.Ordinal);
        Assert.Contains("You can change it until Sunday 29 November 2026 at 09:00.", CardText.Of(card), StringComparison.Ordinal);
        Assert.Equal("p-camilla-friis", (await Stored("fritidsjob-kk"))!.SubmittedBy);
    }

    [Fact]
    public async Task Edit_BeforeTheDeadline_ShowsTheStoredValuesAndSavesTheChange()
    {
        var summary = UpdateCards.FromInvoke(await _host.ExecuteAsync(DemoNetwork.Sara, "update.submit",
            UpdateCards.Press(RequestCard("p-frontline-demo", "fritidsjob-kk"), "update.submit", ValidInputs())));

        var form = UpdateCards.FromInvoke(await _host.ExecuteAsync(DemoNetwork.Sara, "update.edit", UpdateCards.Press(summary, "update.edit")));

        Assert.Equal("at-risk", UpdateCards.Value(form, "status"));
        Assert.Equal("12", UpdateCards.Value(form, "reached"));
        Assert.Equal("Fem nye unge i fritidsjob", UpdateCards.Value(form, "wentWell"));
        Assert.Equal("kk-jobcenter,klub-tingbjerg", UpdateCards.Value(form, "needsFrom"));
        Assert.Equal(1, UpdateCards.Action(form, "update.submit")["data"]!["v"]!.GetValue<int>());

        var again = await _host.ExecuteAsync(DemoNetwork.Sara, "update.submit", UpdateCards.Press(form, "update.submit", ("status", "on-track"), ("reached", "13")));

        Assert.Contains("Opdatering indsendt ✓", CardText.Of(UpdateCards.FromInvoke(again)), StringComparison.Ordinal);
        var stored = await Stored("fritidsjob-kk");
        Assert.Equal(("on-track", 13, 2), (stored!.Status, stored.Reached, stored.Version));
        var history = Assert.Single(await _host.Get<UpdateStore>().HistoryAsync("fritidsjob-kk", CancellationToken.None));
        Assert.Equal((2, "on-track", "fritidsjob"), (history.Version, history.Status, history.ForumId));
    }

    [Fact]
    public async Task Submit_AfterTheSenderStoppedBeingAContact_IsRefused()
    {
        var network = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(DemoNetwork.FilePath))!;
        var initiative = network["initiatives"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == "fritidsjob-kk")!;
        initiative["contacts"] = new JsonArray("p-camilla-friis");
        var changed = Path.Combine(Path.GetTempPath(), $"network-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(changed, network.ToJsonString());
        await _host.ImportAsync(changed);
        File.Delete(changed);

        var body = await _host.ExecuteAsync(DemoNetwork.Sara, "update.submit",
            UpdateCards.Press(RequestCard("p-frontline-demo", "fritidsjob-kk"), "update.submit", ValidInputs()));

        Assert.Contains("Kun kontaktpersonerne for Fritidsjob i Tingbjerg-Husum", body["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(await Stored("fritidsjob-kk"));
        Assert.True(_host.Logs.Has(6012));
    }

    [Fact]
    public async Task EditAndSubmit_AfterTheDeadline_AreRefusedClearly()
    {
        var summary = UpdateCards.FromInvoke(await _host.ExecuteAsync(DemoNetwork.Sara, "update.submit",
            UpdateCards.Press(RequestCard("p-frontline-demo", "fritidsjob-kk"), "update.submit", ValidInputs())));
        _host.FakeTime.SetUtcNow(DemoNetwork.FritidsjobDeadline.AddMinutes(1));

        var edit = UpdateCards.FromInvoke(await _host.ExecuteAsync(DemoNetwork.Sara, "update.edit", UpdateCards.Press(summary, "update.edit")));
        var late = UpdateCards.FromInvoke(await _host.ExecuteAsync(DemoNetwork.Sara, "update.submit",
            UpdateCards.Press(RequestCard("p-frontline-demo", "kom-i-gang-job"), "update.submit", ValidInputs())));

        Assert.Contains("er overskredet: opdateringen kan ikke længere ændres", CardText.Of(edit), StringComparison.Ordinal);
        Assert.Empty(UpdateCards.Actions(edit));
        Assert.Empty(UpdateCards.Inputs(edit));
        Assert.Contains("Opdatering lukket", CardText.Of(late), StringComparison.Ordinal);
        Assert.Null(await Stored("kom-i-gang-job"));
        Assert.Equal(1, (await Stored("fritidsjob-kk"))!.Version);
    }

    [Fact]
    public async Task Submit_FromAStaleForm_ShowsTheOtherContactsUpdateInstead()
    {
        await _host.ExecuteAsync(DemoNetwork.Camilla, "update.submit", UpdateCards.Press(RequestCard("p-camilla-friis", "fritidsjob-kk"), "update.submit", ValidInputs()));

        var body = await _host.ExecuteAsync(DemoNetwork.Sara, "update.submit",
            UpdateCards.Press(RequestCard("p-frontline-demo", "fritidsjob-kk"), "update.submit", ("status", "blocked"), ("reached", "1")));

        Assert.Contains("Ikke gemt: Camilla Friis har ændret opdateringen imens", CardText.Of(UpdateCards.FromInvoke(body)), StringComparison.Ordinal);
        var stored = await Stored("fritidsjob-kk");
        Assert.Equal(("at-risk", 1, "p-camilla-friis"), (stored!.Status, stored.Version, stored.SubmittedBy));
    }

    [Fact]
    public async Task Submit_AfterOwnQuickUpdate_SaysYouAlreadySentANewerVersion()
    {
        await _host.SayAsync(DemoNetwork.Sara, "opdatering fritidsjob-kk: fem nye job", "da-DK");

        var body = await _host.ExecuteAsync(DemoNetwork.Sara, "update.submit",
            UpdateCards.Press(RequestCard("p-frontline-demo", "fritidsjob-kk"), "update.submit", ("status", "blocked"), ("reached", "1")));

        var card = CardText.Of(UpdateCards.FromInvoke(body));
        Assert.Contains("Ikke gemt: du havde allerede sendt en nyere version", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Sara Nielsen har ændret", card, StringComparison.Ordinal);
        Assert.Equal("fem nye job", (await Stored("fritidsjob-kk"))!.WentWell);
    }

    private JsonObject RequestCard(string personId, string initiativeId) =>
        UpdateCards.Card(_requests.Single(w => w.Key.EndsWith($"|{personId}|{initiativeId}", StringComparison.Ordinal)));

    private Task<UpdateRow?> Stored(string initiativeId) =>
        _host.Get<UpdateStore>().FindAsync("fritidsjob", DemoNetwork.FritidsjobMeetingId, initiativeId, CancellationToken.None);

    internal static (string, string)[] ValidInputs() =>
    [
        ("status", "at-risk"),
        ("reached", "12"),
        ("wentWell", "Fem nye unge i fritidsjob"),
        ("barriers", "For få arbejdsgivere i Husum"),
        ("needs", "Kontakt til flere butikker"),
        ("needsFrom", "kk-jobcenter,klub-tingbjerg"),
        ("escalateTo", string.Empty),
        ("escalationReason", string.Empty),
    ];
}
