using System.Text.Json.Nodes;
using ForumBot.FollowUps.Model;
using ForumBot.FollowUps.Storage;
using ForumBot.Tests.Fixtures;
using ForumBot.Tests.Updates;

namespace ForumBot.Tests.FollowUps;

/// <summary>
/// A new due date proposed from the owner's card: each chair gets a card to accept or refuse it;
/// accepting changes the due date, and either way the owner is told 1:1. The clock: Thursday
/// 26 November 2026, 10:14 in Copenhagen.
/// </summary>
public sealed class DueProposalTests : TestAppLifetime
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
    public async Task Proposal_GoesToTheChair_AcceptChangesTheDueDate_AndTheOwnerIsTold()
    {
        var id = await CreateAsync("@Sara");
        var proposed = await ProposeAsync(DemoNetwork.Sara, "2026-12-10");
        Assert.Contains("Forslaget er sendt til forummets forpersoner ✓: torsdag den 10. december 2026.", CardText.Of(proposed), StringComparison.Ordinal);
        Assert.Contains("Sara Nielsen har foreslået torsdag den 10. december 2026 som ny frist", CardText.Of(proposed), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 11, 27), (await Store.FindAsync(id, CancellationToken.None))!.FollowUp.Due);

        await App.DeliverAsync();
        var chairs = Assert.Single(App.CardsTo(DemoNetwork.Chair));
        var text = CardText.Of(chairs);
        Assert.StartsWith("Ny frist foreslået\nSara Nielsen beder om at flytte fristen for denne opfølgning til torsdag den 10. december 2026.", text, StringComparison.Ordinal);
        Assert.Equal("fredag den 27. november 2026", DemoNetwork.FactAfter(text, "Ring til Netto", "Frist nu"));

        var accepted = UpdateCards.FromInvoke(await App.ExecuteAsync(DemoNetwork.Chair, "followup.accept", UpdateCards.Press(chairs, "followup.accept")));

        Assert.Contains("Godkendt ✓: den nye frist er torsdag den 10. december 2026. Sara Nielsen får besked.", CardText.Of(accepted), StringComparison.Ordinal);
        Assert.Empty(UpdateCards.Actions(accepted));
        Assert.Equal(new DateOnly(2026, 12, 10), (await Store.FindAsync(id, CancellationToken.None))!.FollowUp.Due);
        var history = await Store.HistoryAsync(id, CancellationToken.None);
        Assert.Equal([FollowUpChangeKind.Created, FollowUpChangeKind.DueProposed, FollowUpChangeKind.DueProposalAccepted], history.Select(c => c.Kind));
        Assert.Equal(("p-chair-demo", "2026-12-10"), (history[^1].PersonId, history[^1].NewValue));

        await App.DeliverAsync();
        var told = App.CardsTo(DemoNetwork.Sara)[^1];
        Assert.Contains("Mikkel Hansen har godkendt den nye frist: torsdag den 10. december 2026.", CardText.Of(told), StringComparison.Ordinal);
        Assert.Equal("torsdag den 10. december 2026", DemoNetwork.FactAfter(CardText.Of(told), "Ring til Netto", "Frist"));

        // The chair's card pressed again: the proposal is answered, nothing changes.
        var again = CardText.Of(UpdateCards.FromInvoke(await App.ExecuteAsync(DemoNetwork.Chair, "followup.refuse", UpdateCards.Press(chairs, "followup.refuse"))));
        Assert.Contains("Forslaget er allerede besvaret eller overhalet. Intet er ændret.", again, StringComparison.Ordinal);
        Assert.Contains("Besvaret: Mikkel Hansen godkendte en ny frist kl. 10.14.", again, StringComparison.Ordinal);
        Assert.Equal(3, (await Store.HistoryAsync(id, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Refuse_KeepsTheDueDate_AndTheOwnerIsToldInEnglish()
    {
        var id = await CreateAsync("@Camilla");
        await ProposeAsync(DemoNetwork.Camilla, "2026-12-10", "en-GB");
        await App.DeliverAsync();
        var chairs = Assert.Single(App.CardsTo(DemoNetwork.Chair));

        var refused = UpdateCards.FromInvoke(await App.ExecuteAsync(DemoNetwork.Chair, "followup.refuse", UpdateCards.Press(chairs, "followup.refuse"), "en-GB"));

        Assert.Contains("Refused ✓: the due date stays Friday 27 November 2026. Camilla Friis is told.", CardText.Of(refused), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 11, 27), (await Store.FindAsync(id, CancellationToken.None))!.FollowUp.Due);
        await App.DeliverAsync();
        var told = App.CardsTo(DemoNetwork.Camilla)[^1];
        Assert.Contains("Mikkel Hansen refused the new due date Thursday 10 December 2026; it is still due Friday 27 November 2026.", CardText.Of(told), StringComparison.Ordinal);
        Assert.Equal(FollowUpChangeKind.DueProposalRefused, (await Store.HistoryAsync(id, CancellationToken.None))[^1].Kind);
    }

    [Theory]
    [InlineData("2026-11-20", "\"2026-11-20\" er allerede passeret; angiv en frist fra i dag og frem.")]
    [InlineData("2026-11-27", "Det er allerede fristen; vælg en anden dag.")]
    [InlineData("", "Vælg den nye frist.")]
    public async Task AProposalOfABadDate_IsRefusedUnderTheDateField_AndNoChairIsAsked(string day, string error)
    {
        await CreateAsync("@Sara");

        var answer = await ProposeAsync(DemoNetwork.Sara, day);

        Assert.Equal(error, UpdateCards.ErrorUnder(answer, "due"));
        await App.DeliverAsync();
        Assert.Empty(App.CardsTo(DemoNetwork.Chair));
    }

    [Fact]
    public async Task TheChairsCard_PressedBySomeoneNotAChair_IsRefused()
    {
        var id = await CreateAsync("@Sara");
        await ProposeAsync(DemoNetwork.Sara, "2026-12-10");
        var data = new JsonObject { ["verb"] = "followup.accept", ["followUp"] = id, ["to"] = "p-frontline-demo", ["v"] = 2 };

        var body = await App.ExecuteAsync(DemoNetwork.Sara, "followup.accept", data);

        Assert.Equal("Kun forpersonerne for Fritidsjobnetværket kan svare på en foreslået frist. Intet er gemt.", FollowUpsTestApp.Answer(body));
        Assert.Equal(new DateOnly(2026, 11, 27), (await Store.FindAsync(id, CancellationToken.None))!.FollowUp.Due);
    }

    [Fact]
    public async Task AChairOwningAFollowUp_SetsTheNewDueDateFromTheCard_WithoutAskingAnyone()
    {
        var id = await CreateAsync("@Mikkel");

        var answer = await ProposeAsync(DemoNetwork.Chair, "2026-12-10");

        Assert.Contains("Ny frist ✓: torsdag den 10. december 2026.", CardText.Of(answer), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 10), (await Store.FindAsync(id, CancellationToken.None))!.FollowUp.Due);
        Assert.Equal(FollowUpChangeKind.DueChanged, (await Store.HistoryAsync(id, CancellationToken.None))[^1].Kind);
        await App.DeliverAsync();
        Assert.Single(App.CardsTo(DemoNetwork.Chair));
    }

    private async Task<string> CreateAsync(string owner)
    {
        await App.SayAsync(DemoNetwork.Chair, $"opfølgning fritidsjob: Ring til Netto {owner} senest fredag", "da-DK");
        return Assert.Single(await Store.ForumAsync("fritidsjob", CancellationToken.None)).FollowUp.Id;
    }

    private async Task<JsonObject> ProposeAsync(DemoPerson owner, string day, string locale = "da-DK")
    {
        await App.DeliverAsync();
        var card = App.CardsTo(owner)[^1];
        var who = new DemoPerson(owner.Id, owner.AadObjectId, locale);
        return UpdateCards.FromInvoke(await App.ExecuteAsync(who, "followup.propose", UpdateCards.Press(card, "followup.propose", ("due", day)), locale));
    }
}
