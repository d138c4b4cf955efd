using System.Text.Json.Nodes;
using ForumBot.FollowUps.Delivery;
using ForumBot.FollowUps.Model;
using ForumBot.FollowUps.Storage;
using ForumBot.Tests.Fixtures;
using ForumBot.Tests.Updates;

namespace ForumBot.Tests.FollowUps;

/// <summary>
/// The owner's 1:1 card through the real endpoint and the outbox: sent once when a follow-up is
/// created or given to someone else, and its buttons (done with a note, comment), a stale card,
/// a card pressed by someone else or with a forged payload. The clock: Thursday 26 November 2026,
/// 10:14 in Copenhagen.
/// </summary>
public sealed class FollowUpOwnerCardTests : TestAppLifetime
{
    private static readonly DateTimeOffset At1014 = new(2026, 11, 26, 9, 14, 0, TimeSpan.Zero);

    protected override TestAppOptions Options => FollowUpsTestApp.Options();

    private FollowUpStore Store => App.Get<FollowUpStore>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        App.FakeTime.SetUtcNow(At1014);
        await App.SeedChatsAsync((DemoNetwork.Sara, "da-DK"), (DemoNetwork.Camilla, "en-GB"), (DemoNetwork.Chair, "da-DK"));
    }

    [Fact]
    public async Task Create_SendsTheOwnerOneCardInTheirLanguage_WithWhatForumDueAndWhoAssignedIt()
    {
        var id = await CreateAsync();
        await App.DeliverAsync();
        await App.DeliverAsync();

        var card = Assert.Single(App.CardsTo(DemoNetwork.Sara));
        var text = CardText.Of(card);
        Assert.StartsWith("Opfølgning til dig\nMikkel Hansen har givet dig en opfølgning i Fritidsjobnetværket.\nRing til Netto", text, StringComparison.Ordinal);
        Assert.Equal("Fritidsjobnetværket", DemoNetwork.FactAfter(text, "Ring til Netto", "Forum"));
        Assert.Equal("fredag den 27. november 2026", DemoNetwork.FactAfter(text, "Ring til Netto", "Frist"));
        Assert.Equal("Mikkel Hansen", DemoNetwork.FactAfter(text, "Ring til Netto", "Tildelt af"));
        Assert.Equal(["followup.done", "followup.comment", "followup.propose"], UpdateCards.Actions(card).Select(a => a["verb"]!.GetValue<string>()));
        Assert.Equal("2026-11-27", UpdateCards.Value(card, "due"));
        Assert.NotNull(await App.Outbox.FindAsync(FollowUpMessages.AssignedKey(id, 1), CancellationToken.None));
        Assert.Empty(App.CardsTo(DemoNetwork.Chair));
    }

    [Fact]
    public async Task Reassign_SendsTheNewOwnerTheirCard_Once_AndNothingMoreToTheOldOne()
    {
        var id = await CreateAsync();
        await App.DeliverAsync();

        Assert.Equal("Camilla Friis er nu ansvarlig ✓: Ring til Netto", await App.SayAsync(DemoNetwork.Chair, $"opfølgning ansvarlig {id} @Camilla", "da-DK"));
        await App.DeliverAsync();
        await App.DeliverAsync();

        var card = Assert.Single(App.CardsTo(DemoNetwork.Camilla));
        Assert.StartsWith("Follow-up for you\nMikkel Hansen gave you a follow-up in Fritidsjobnetværket.", CardText.Of(card), StringComparison.Ordinal);
        Assert.Equal("Camilla Friis", DemoNetwork.FactAfter(CardText.Of(card), "Ring til Netto", "Owner"));
        Assert.Single(App.CardsTo(DemoNetwork.Sara));
        Assert.NotNull(await App.Outbox.FindAsync(FollowUpMessages.AssignedKey(id, 2), CancellationToken.None));
    }

    [Fact]
    public async Task Done_FromTheCard_WithANote_IsSavedWithTheNoteInTheHistory_AndTheCardHasNoButtonsLeft()
    {
        var id = await CreateAsync();
        var card = await OwnersCardAsync();

        var body = await App.ExecuteAsync(DemoNetwork.Sara, "followup.done", UpdateCards.Press(card, "followup.done", ("note", "Netto tager tre unge")));

        var answer = UpdateCards.FromInvoke(body);
        Assert.Contains("Markeret som udført ✓", CardText.Of(answer), StringComparison.Ordinal);
        Assert.Equal("Udført", DemoNetwork.FactAfter(CardText.Of(answer), "Ring til Netto", "Status"));
        Assert.Empty(UpdateCards.Actions(answer));
        var last = (await Store.HistoryAsync(id, CancellationToken.None))[^1];
        Assert.Equal((FollowUpChangeKind.Done, "p-frontline-demo", At1014, "Netto tager tre unge"), (last.Kind, last.PersonId, last.At, last.NewValue));
        Assert.Equal(FollowUpStatus.Done, (await Store.FindAsync(id, CancellationToken.None))!.FollowUp.Status);
    }

    [Fact]
    public async Task Comment_IsRecorded_AnEmptyOneOrOneWithACprNumberIsRefusedUnderTheField()
    {
        var id = await CreateAsync();
        var card = await OwnersCardAsync();

        var empty = UpdateCards.FromInvoke(await App.ExecuteAsync(DemoNetwork.Sara, "followup.comment", UpdateCards.Press(card, "followup.comment", ("comment", " "))));
        Assert.Equal("Skriv kommentaren først.", UpdateCards.ErrorUnder(empty, "comment"));
        var cpr = UpdateCards.FromInvoke(await App.ExecuteAsync(DemoNetwork.Sara, "followup.comment", UpdateCards.Press(card, "followup.comment", ("comment", "Ahmed 010203-1234 er med"))));
        Assert.StartsWith("Det ligner et CPR-nummer.", UpdateCards.ErrorUnder(cpr, "comment"), StringComparison.Ordinal);
        Assert.Equal("Ahmed [CPR] er med", UpdateCards.Value(cpr, "comment"));
        Assert.Single(await Store.HistoryAsync(id, CancellationToken.None));

        var saved = UpdateCards.FromInvoke(await App.ExecuteAsync(DemoNetwork.Sara, "followup.comment", UpdateCards.Press(card, "followup.comment", ("comment", "Jeg ringer mandag"))));

        Assert.Contains("Kommentar gemt ✓", CardText.Of(saved), StringComparison.Ordinal);
        var last = (await Store.HistoryAsync(id, CancellationToken.None))[^1];
        Assert.Equal((FollowUpChangeKind.Commented, "Jeg ringer mandag", 2), (last.Kind, last.NewValue, last.Version));
        Assert.Equal("2", UpdateCards.Action(saved, "followup.done")["data"]!["v"]!.ToJsonString());
    }

    [Fact]
    public async Task AStaleCard_AnswersWithTheCurrentCardAndWhoChangedWhatWhen_AndSavesNothing()
    {
        var id = await CreateAsync();
        var card = await OwnersCardAsync();
        Assert.Equal("Ny frist ✓: torsdag den 24. december 2026.", await App.SayAsync(DemoNetwork.Chair, $"opfølgning frist {id} 24/12", "da-DK"));

        var answer = UpdateCards.FromInvoke(await App.ExecuteAsync(DemoNetwork.Sara, "followup.done", UpdateCards.Press(card, "followup.done", ("note", ""))));

        var text = CardText.Of(answer);
        Assert.Contains("Nogen ændrede opfølgningen først: Mikkel Hansen ændrede fristen kl. 10.14.", text, StringComparison.Ordinal);
        Assert.Equal("torsdag den 24. december 2026", DemoNetwork.FactAfter(text, "Ring til Netto", "Frist"));
        Assert.Equal("2", UpdateCards.Action(answer, "followup.done")["data"]!["v"]!.ToJsonString());
        Assert.Equal(FollowUpStatus.Open, (await Store.FindAsync(id, CancellationToken.None))!.FollowUp.Status);
    }

    [Fact]
    public async Task ACardForADoneFollowUp_SaysWhoClosedItWhen()
    {
        var id = await CreateAsync();
        var card = await OwnersCardAsync();
        await App.SayAsync(DemoNetwork.Chair, $"opfølgning udført {id}", "da-DK");

        var answer = CardText.Of(UpdateCards.FromInvoke(await App.ExecuteAsync(DemoNetwork.Sara, "followup.comment", UpdateCards.Press(card, "followup.comment", ("comment", "Hej")))));

        Assert.Contains("Opfølgningen er allerede udført: Mikkel Hansen markerede den som udført kl. 10.14.", answer, StringComparison.Ordinal);
        Assert.Equal(2, (await Store.HistoryAsync(id, CancellationToken.None)).Count);
    }

    [Theory]
    [InlineData("p-police-demo", "00000000-0000-0000-0000-0000000000b1", "p-police-demo", "Kun den ansvarlige og forpersonerne for Fritidsjobnetværket kan ændre denne opfølgning. Intet er gemt.")]
    [InlineData("p-police-demo", "00000000-0000-0000-0000-0000000000b1", "p-frontline-demo", "Dette kort er ikke sendt til dig, så intet er gemt.")]
    [InlineData("p-camilla-friis", "db4ee99e-6724-4fec-888e-e19627aeba49", "p-camilla-friis", "Kun den ansvarlige og forpersonerne for Fritidsjobnetværket kan ændre denne opfølgning. Intet er gemt.")] // a member, not the owner
    public async Task ACardPressedBySomeoneNotItsOwnerOrAChair_IsRefusedAndNothingChanges(string personId, string aad, string to, string expected)
    {
        var id = await CreateAsync();
        var data = new JsonObject { ["verb"] = "followup.done", ["followUp"] = id, ["to"] = to, ["v"] = 1, ["note"] = "" };

        var body = await App.ExecuteAsync(new DemoPerson(personId, aad, "da-DK"), "followup.done", data);

        Assert.Equal(expected, FollowUpsTestApp.Answer(body));
        Assert.Equal(1, (await Store.FindAsync(id, CancellationToken.None))!.FollowUp.Version);
    }

    [Fact]
    public async Task AForgedPayload_NamingAnotherFollowUpThanTheCardWasFor_IsRefused()
    {
        await CreateAsync();
        var card = await OwnersCardAsync();
        var camillas = await App.CreateAsync("cam234", new DateOnly(2026, 12, 4), At1014, owner: "p-camilla-friis", organisation: "kk-bif");
        var forged = UpdateCards.Press(card, "followup.done", ("note", ""));
        forged["followUp"] = camillas.Id;

        var body = await App.ExecuteAsync(DemoNetwork.Sara, "followup.done", forged);

        Assert.Equal("Kun den ansvarlige og forpersonerne for Fritidsjobnetværket kan ændre denne opfølgning. Intet er gemt.", FollowUpsTestApp.Answer(body));
        Assert.Equal(FollowUpStatus.Open, (await Store.FindAsync(camillas.Id, CancellationToken.None))!.FollowUp.Status);
    }

    [Fact]
    public async Task TheCardInEnglish_AndDoneThroughActionSubmit_Routes()
    {
        await App.SayAsync(DemoNetwork.Chair, "followup fritidsjob: Call Netto @Camilla due friday", "en-GB");
        await App.DeliverAsync();
        var card = Assert.Single(App.CardsTo(DemoNetwork.Camilla));
        Assert.Equal("Friday 27 November 2026", DemoNetwork.FactAfter(CardText.Of(card), "Call Netto", "Due"));
        var id = Assert.Single(await Store.ForumAsync("fritidsjob", CancellationToken.None)).FollowUp.Id;

        await App.SubmitAsync(new DemoPerson("p-camilla-friis", DemoNetwork.Camilla.AadObjectId, "en-GB"), UpdateCards.Press(card, "followup.done", ("note", "")), "activity-1", "en-GB");

        var put = await App.Connector.WaitForAsync(1, r => r.Method == "PUT");
        Assert.Contains("Marked done ✓", CardText.Of(put[^1].Body!["attachments"]![0]!["content"]), StringComparison.Ordinal);
        Assert.Equal(FollowUpStatus.Done, (await Store.FindAsync(id, CancellationToken.None))!.FollowUp.Status);
    }

    private async Task<string> CreateAsync()
    {
        await App.SayAsync(DemoNetwork.Chair, "opfølgning fritidsjob: Ring til Netto @Sara senest fredag", "da-DK");
        return Assert.Single(await Store.ForumAsync("fritidsjob", CancellationToken.None)).FollowUp.Id;
    }

    private async Task<JsonObject> OwnersCardAsync()
    {
        await App.DeliverAsync();
        return Assert.Single(App.CardsTo(DemoNetwork.Sara));
    }
}
