using System.Text.Json.Nodes;
using ForumBot.Agendas.Actions;
using ForumBot.Agendas.Meetings;
using ForumBot.FollowUps.Model;
using ForumBot.FollowUps.Storage;
using ForumBot.Tests.Fixtures;
using ForumBot.Tests.Updates;

namespace ForumBot.Tests.FollowUps;

/// <summary>
/// "Add follow-up" on an agenda item of Fritidsjobnetværket's meeting of Tuesday 1 December 2026
/// (its first standing item), pressed as Teams would. The clock: Thursday 26 November 2026, 09:00.
/// </summary>
public sealed class AddFollowUpPanelTests : TestAppLifetime
{
    private const string Verb = "agenda.followup";
    private static readonly AgendaItemData Item = new("fritidsjob", DemoNetwork.FritidsjobMeetingId, "standing:0");

    protected override TestAppOptions Options => FollowUpsTestApp.Options();

    private FollowUpStore Store => App.Get<FollowUpStore>();

    [Fact]
    public async Task AddFollowUp_CreatesItFromTheItem_MarksTheItem_AndTheOwnerGetsTheirCard()
    {
        await App.SeedChatsAsync((DemoNetwork.Sara, "da-DK"));

        var card = UpdateCards.FromInvoke(await App.ExecuteAsync(DemoNetwork.Chair, Verb, Form("Ring til Netto om sommerjob", "p-frontline-demo", "2026-12-10")));

        var followUp = Assert.Single(await Store.ForumAsync("fritidsjob", CancellationToken.None)).FollowUp;
        Assert.Equal((FollowUpOrigin.AgendaItem, "2026-12-01T09:00|standing:0", "p-chair-demo", "p-frontline-demo", new DateOnly(2026, 12, 10)),
            (followUp.Origin, followUp.OriginRef, followUp.CreatedBy, followUp.OwnerId, followUp.Due));
        var text = CardText.Of(card);
        Assert.Contains($"Opfølgning {followUp.Id} tilføjet ✓: Sara Nielsen, senest torsdag den 10. december 2026. Sara Nielsen får et kort.", text, StringComparison.Ordinal);
        Assert.Contains($"Opfølgninger tilføjet på punktet: {followUp.Id}", text, StringComparison.Ordinal);
        var mark = (await App.Get<MeetingStore>().ReadAsync("fritidsjob", DemoNetwork.FritidsjobMeetingId, CancellationToken.None)).Mark("standing:0");
        Assert.Equal([followUp.Id], mark.FollowUpIds);

        await App.DeliverAsync();
        var owners = Assert.Single(App.CardsTo(DemoNetwork.Sara));
        Assert.StartsWith("Opfølgning til dig\nMikkel Hansen har givet dig en opfølgning i Fritidsjobnetværket.\nRing til Netto om sommerjob", CardText.Of(owners), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePanel_OffersTheForumsPeopleAsOwners_InEnglish()
    {
        var card = UpdateCards.FromInvoke(await App.ExecuteAsync(DemoNetwork.Chair, Verb, Form("Call Netto", "p-camilla-friis", "2026-12-10"), "en-GB"));

        Assert.Contains("Add a follow-up", CardText.Of(card), StringComparison.Ordinal);
        var choices = UpdateCards.Input(card, "followup-owner")["choices"]!.AsArray().Select(c => (c!["title"]!.GetValue<string>(), c["value"]!.GetValue<string>())).ToList();
        Assert.Contains(("Sara Nielsen (Fritids- og Ungdomsklubben Tingbjerg)", "p-frontline-demo"), choices);
        Assert.Contains(("Mikkel Hansen (SSP Tingbjerg-Husum (lokale SSP-konsulenter))", "p-chair-demo"), choices);
        Assert.DoesNotContain(choices, c => c.Item2 == "p-police-demo");
        Assert.Equal("Input.Date", UpdateCards.Input(card, "followup-due")["type"]!.GetValue<string>());
        Assert.Equal(Verb, UpdateCards.Action(card, Verb)["data"]!["verb"]!.GetValue<string>());
        Assert.Contains("added ✓: Camilla Friis, due Thursday 10 December 2026.", CardText.Of(card), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "p-frontline-demo", "2026-12-10", "followup-what", "Skriv, hvad der skal gøres.")]
    [InlineData("Ring til Netto", "p-police-demo", "2026-12-10", "followup-owner", "Vælg den ansvarlige blandt folkene i Fritidsjobnetværket.")]
    [InlineData("Ring til Netto", "", "2026-12-10", "followup-owner", "Vælg, hvem der gør det.")]
    [InlineData("Ring til Netto", "p-frontline-demo", "2026-11-20", "followup-due", "\"2026-11-20\" er allerede passeret; angiv en frist fra i dag og frem.")]
    [InlineData("Ring til Netto", "p-frontline-demo", "", "followup-due", "Vælg fristen.")]
    [InlineData("Ahmed 010203-1234 skal med", "p-frontline-demo", "2026-12-10", "followup-what", "Det ligner et CPR-nummer.")]
    public async Task AFaultyField_IsAnsweredWithTheErrorUnderIt_AndNothingIsSaved(string what, string owner, string due, string field, string error)
    {
        var card = UpdateCards.FromInvoke(await App.ExecuteAsync(DemoNetwork.Chair, Verb, Form(what, owner, due)));

        Assert.StartsWith(error, UpdateCards.ErrorUnder(card, field), StringComparison.Ordinal);
        Assert.Contains("Ingen opfølgning er tilføjet: ret venligst felterne markeret nedenfor.", CardText.Of(card), StringComparison.Ordinal);
        Assert.DoesNotContain(CardText.Of(card), "010203-1234", StringComparison.Ordinal);
        Assert.Empty(await Store.ForumAsync("fritidsjob", CancellationToken.None));
        Assert.Empty((await App.Get<MeetingStore>().ReadAsync("fritidsjob", DemoNetwork.FritidsjobMeetingId, CancellationToken.None)).Mark("standing:0").FollowUpIds);
    }

    [Theory]
    [InlineData(DemoNetwork.FrontlineAad, "p-frontline-demo", "Kun forpersonerne for Fritidsjobnetværket kan ændre dagsordenen under mødet.")] // a member
    [InlineData(DemoNetwork.PoliceAad, "p-police-demo", "Kun forpersonerne for Fritidsjobnetværket kan ændre dagsordenen under mødet.")] // outside the forum
    public async Task SomeoneNotAChair_IsRefused(string aad, string id, string expected)
    {
        var body = await App.ExecuteAsync(new DemoPerson(id, aad, "da-DK"), Verb, Form("Ring til Netto", "p-frontline-demo", "2026-12-10"));

        Assert.Equal(expected, FollowUpsTestApp.Answer(body));
        Assert.Empty(await Store.ForumAsync("fritidsjob", CancellationToken.None));
    }

    [Fact]
    public async Task AnItemNotOnTheAgenda_IsRefused()
    {
        var data = new AgendaItemData("fritidsjob", DemoNetwork.FritidsjobMeetingId, "standing:9").ToJson(Verb);
        data["followup-what"] = "Ring";
        data["followup-owner"] = "p-frontline-demo";
        data["followup-due"] = "2026-12-10";

        var body = await App.ExecuteAsync(DemoNetwork.Chair, Verb, data);

        Assert.StartsWith("Punktet er ikke længere på dagsordenen", FollowUpsTestApp.Answer(body), StringComparison.Ordinal);
        Assert.Empty(await Store.ForumAsync("fritidsjob", CancellationToken.None));
    }

    private static JsonObject Form(string what, string owner, string due)
    {
        var data = Item.ToJson(Verb);
        data["followup-what"] = what;
        data["followup-owner"] = owner;
        data["followup-due"] = due;
        return data;
    }
}
