using ForumBot.Agendas.Actions;
using ForumBot.Tests.Fixtures;
using ForumBot.Tests.Updates;
using static ForumBot.Tests.Agendas.MeetingsTestApp;

namespace ForumBot.Tests.Agendas;

/// <summary>
/// "propose" / "foreslå" through the real endpoint, in the forum's channel and in a 1:1, by each
/// role, with a CPR number, too long; and a chair taking a proposal off the agenda from the card.
/// The clock: Thursday 26 November 2026, 09:00 in Copenhagen (the next meeting is 1 December).
/// </summary>
public sealed class ProposalTests : TestAppLifetime
{
    protected override TestAppOptions Options => At(DemoNetwork.Thursday);

    [Fact]
    public async Task Foreslaa_InTheForumsChannel_ByAMember_GoesOnTheNextAgendaWithTheProposer()
    {
        await App.LinkForumChannelAsync();

        var reply = Lines(await App.InChannelAsync(DemoNetwork.FrontlineAad, "foreslå Sommerjob i butikkerne: hvem ringer?"));

        Assert.Equal(["Foreslået ✓ til mødet i Fritidsjobnetværket tirsdag den 1. december 2026 kl. 09.00: “Sommerjob i butikkerne: hvem ringer?”. Forpersonerne kan fjerne det fra dagsordenen."], reply);
        var proposal = Assert.Single((await App.RecordAsync()).Proposals);
        Assert.Equal(("Sommerjob i butikkerne: hvem ringer?", "p-frontline-demo", DemoNetwork.Thursday), (proposal.Text, proposal.ProposedBy, proposal.ProposedAt));
        Assert.Matches("^[a-z2-9]{8}$", proposal.Id);

        var agenda = Lines(await App.AgendaAsync(DemoNetwork.ChairAad));
        var at = Array.IndexOf(agenda, "Foreslået af medlemmer");
        Assert.True(at > 0, string.Join('\n', agenda));
        Assert.Matches(@"^\d+\. Sommerjob i butikkerne: hvem ringer\?$", agenda[at + 1]);
        Assert.Equal("Foreslået af Sara Nielsen", agenda[at + 2]);
    }

    [Fact]
    public async Task Propose_In1To1NamingTheForum_InEnglish()
    {
        var reply = Lines(await App.SayAsync(DemoNetwork.Camilla.AadObjectId, "propose Fritidsjobnetværket: Summer jobs in the shops", "en-GB"));

        Assert.Equal(["Proposed ✓ for the meeting of Fritidsjobnetværket on Tuesday 1 December 2026 at 09:00: “Summer jobs in the shops”. The chairs can take it off the agenda."], reply);
        Assert.Equal("p-camilla-friis", Assert.Single((await App.RecordAsync()).Proposals).ProposedBy);
        Assert.Contains("Proposed by members", Lines(await App.AgendaAsync(DemoNetwork.ChairAad, "en-GB")));
    }

    [Theory]
    [InlineData(DemoNetwork.PoliceAad, "da-DK", "foreslå fritidsjob: Mere politi", "Kun forpersoner og medlemmer af Fritidsjobnetværket kan foreslå punkter til dets dagsorden.")]
    [InlineData("00000000-0000-0000-0000-0000000000a1", "en-GB", "propose fritidsjob: A manager's point", "Only the chairs and members of Fritidsjobnetværket can propose items for its agenda.")]
    [InlineData(DemoNetwork.FrontlineAad, "da-DK", "foreslå fritidsjob: Ahmed 150607-2213 mangler et job", "Det ligner et CPR-nummer.")]
    [InlineData(DemoNetwork.FrontlineAad, "da-DK", "foreslå fodboldklubben: Bold", "Forummet \"fodboldklubben\" kender jeg ikke. Skriv \"fora\" for at se dem.")]
    [InlineData(DemoNetwork.FrontlineAad, "da-DK", "foreslå Sommerjob i butikkerne", "Skriv sådan: foreslå ‹forum›: ‹hvad forummet skal tage op›")]
    [InlineData(DemoNetwork.FrontlineAad, "en-GB", "propose fritidsjob:", "Write it like this: propose ‹forum›: ‹what the forum should take up›")]
    public async Task Propose_ThatCannotBeTaken_IsAnsweredAndNothingIsStored(string aad, string locale, string text, string expected)
    {
        var reply = Assert.Single(Lines(await App.SayAsync(aad, text, locale)));

        Assert.StartsWith(expected, reply, StringComparison.Ordinal);
        Assert.DoesNotContain("150607", reply, StringComparison.Ordinal);
        Assert.Empty((await App.RecordAsync()).Proposals);
    }

    [Fact]
    public async Task Propose_OverTheLimit_IsRefused()
    {
        var reply = Assert.Single(Lines(await App.SayAsync(DemoNetwork.FrontlineAad, "foreslå fritidsjob: " + new string('a', 301), "da-DK")));

        Assert.Equal("Et forslag er højst 300 tegn (her er 301). Skriv det kortere; detaljerne hører til på mødet.", reply);
        Assert.Empty((await App.RecordAsync()).Proposals);
    }

    [Fact]
    public async Task Propose_DuringAMeeting_GoesToTheFollowingOne()
    {
        App.FakeTime.SetUtcNow(DuringTheMeeting);

        var reply = Assert.Single(Lines(await App.SayAsync(DemoNetwork.FrontlineAad, "foreslå fritidsjob: Næste gang", "da-DK")));

        Assert.Contains("tirsdag den 5. januar 2027 kl. 09.00", reply, StringComparison.Ordinal);
        Assert.Single((await App.RecordAsync(NextMeetingId)).Proposals);
        Assert.Empty((await App.RecordAsync()).Proposals);
    }

    [Fact]
    public async Task RemoveFromTheAgenda_ByTheChair_TakesTheProposalOff_AndOnlyProposalsOfferIt()
    {
        await App.SayAsync(DemoNetwork.FrontlineAad, "foreslå fritidsjob: Sommerjob i butikkerne", "da-DK");
        var agenda = await App.AgendaAsync(DemoNetwork.ChairAad);
        var line = Lines(agenda).Single(l => l.EndsWith(". Sommerjob i butikkerne", StringComparison.Ordinal));
        var item = UpdateCards.FromInvoke(await App.ExecuteAsync(DemoNetwork.Chair, AgendaVerbs.Open, ItemButton(agenda, line, AgendaVerbs.Open)));
        Assert.Equal("Fjern fra dagsordenen", UpdateCards.Action(item, AgendaVerbs.Remove)["title"]!.GetValue<string>());

        // A remove forged onto a standing item: refused.
        var forged = UpdateCards.Press(item, AgendaVerbs.Remove);
        forged["item"] = "standing:0";
        var refused = Answer(await App.ExecuteAsync(DemoNetwork.Chair, AgendaVerbs.Remove, forged));
        Assert.Equal("Kun punkter, som medlemmer har foreslået, kan fjernes fra dagsordenen. Intet er ændret.", refused.GetValue<string>());

        var answered = UpdateCards.FromInvoke(await App.ExecuteAsync(DemoNetwork.Chair, AgendaVerbs.Remove, UpdateCards.Press(item, AgendaVerbs.Remove)));

        Assert.Equal("“Sommerjob i butikkerne” er fjernet fra dagsordenen.", Lines(answered)[0]);
        Assert.DoesNotContain(line, Lines(answered));
        Assert.DoesNotContain("Foreslået af medlemmer", Lines(answered));
        var record = await App.RecordAsync();
        Assert.True(record.Mark(record.Proposals.Single().ItemKey).Removed);
        Assert.False(record.Mark("standing:0").Removed);
        Assert.DoesNotContain(line, Lines(await App.AgendaAsync(DemoNetwork.FrontlineAad)));
    }
}
