using System.Text.Json.Nodes;
using ForumBot.Agendas.Actions;
using ForumBot.Tests.Fixtures;
using ForumBot.Tests.Updates;
using static ForumBot.Tests.Agendas.MeetingsTestApp;

namespace ForumBot.Tests.Agendas;

/// <summary>
/// The buttons on the agenda card and the item card, pressed through the real endpoint during
/// Fritidsjobnetværket's meeting of 1 December 2026: who may press them, what they store, what
/// they answer, a forged payload, a CPR number in a decision, and chairs pressing at once.
/// </summary>
public sealed class AgendaItemActionTests : TestAppLifetime
{
    private const string First = "1. Nyt fra arbejdsgiverne";
    private const string Second = "2. Unge på venteliste";

    protected override TestAppOptions Options => At(DuringTheMeeting);

    [Fact]
    public async Task Droeftet_ByTheChair_MarksTheItemAndAnswersWithTheAgendaShowingIt_AndPressingAgainTakesItBack()
    {
        var card = await App.AgendaAsync(DemoNetwork.ChairAad);
        var press = ItemButton(card, First, AgendaVerbs.Discussed);
        Assert.Equal("Drøftet ✓", TitleOf(card, First, AgendaVerbs.Discussed));

        var answered = UpdateCards.FromInvoke(await App.ExecuteAsync(DemoNetwork.Chair, AgendaVerbs.Discussed, press));

        var mark = (await App.RecordAsync()).Mark("standing:0");
        Assert.True(mark.Discussed);
        Assert.Equal(("p-chair-demo", DuringTheMeeting), (mark.DiscussedBy, mark.DiscussedAt));
        var lines = Lines(answered);
        Assert.Equal("✓ Drøftet", lines[Array.IndexOf(lines, First) + 2]);
        Assert.Equal("Ikke drøftet", TitleOf(answered, First, AgendaVerbs.Discussed));
        Assert.Equal("Drøftet ✓", TitleOf(answered, Second, AgendaVerbs.Discussed));

        var undone = UpdateCards.FromInvoke(await App.ExecuteAsync(DemoNetwork.Chair, AgendaVerbs.Discussed, ItemButton(answered, First, AgendaVerbs.Discussed)));

        Assert.False((await App.RecordAsync()).Mark("standing:0").Discussed);
        Assert.DoesNotContain("✓ Drøftet", Lines(undone));
    }

    [Fact]
    public async Task Discussed_InEnglish_AnswersInEnglish()
    {
        var card = await App.AgendaAsync(DemoNetwork.ChairAad, "en-GB");
        Assert.Equal("Open", TitleOf(card, First, AgendaVerbs.Open));

        var answered = UpdateCards.FromInvoke(await App.ExecuteAsync(DemoNetwork.Chair, AgendaVerbs.Discussed, ItemButton(card, First, AgendaVerbs.Discussed), "en-GB"));

        Assert.Contains("✓ Discussed", Lines(answered));
        Assert.Equal("Not discussed", TitleOf(answered, First, AgendaVerbs.Discussed));
    }

    [Theory]
    [InlineData("da-DK", "Kun forpersonerne for Fritidsjobnetværket kan ændre dagsordenen under mødet.")]
    [InlineData("en-GB", "Only the chairs of Fritidsjobnetværket can change its agenda during the meeting.")]
    public async Task Discussed_ByAMember_IsRefusedAndNothingIsStored(string locale, string expected)
    {
        var press = ItemButton(await App.AgendaAsync(DemoNetwork.ChairAad), First, AgendaVerbs.Discussed);

        var answer = Answer(await App.ExecuteAsync(DemoNetwork.Sara, AgendaVerbs.Discussed, press, locale));

        Assert.Equal(expected, answer.GetValue<string>());
        Assert.Empty((await App.RecordAsync()).Items);
    }

    [Fact]
    public async Task Agenda_ForAMemberIn1To1_HasNoButtons_ButInTheChannelEveryoneSeesThemAndOnlyChairsGetThrough()
    {
        var member = await App.AgendaAsync(DemoNetwork.FrontlineAad);
        Assert.Empty(UpdateCards.Actions(member));

        await App.LinkForumChannelAsync();
        var posted = await App.InChannelAsync(DemoNetwork.FrontlineAad, "dagsorden");
        var press = ItemButton(posted, First, AgendaVerbs.Discussed);

        var refused = Answer(await App.ExecuteInChannelAsync(DemoNetwork.FrontlineAad, AgendaVerbs.Discussed, press));
        Assert.Equal("Kun forpersonerne for Fritidsjobnetværket kan ændre dagsordenen under mødet.", refused.GetValue<string>());
        Assert.Empty((await App.RecordAsync()).Items);

        var answered = UpdateCards.FromInvoke(await App.ExecuteInChannelAsync(DemoNetwork.ChairAad, AgendaVerbs.Discussed, press));
        Assert.True((await App.RecordAsync()).Mark("standing:0").Discussed);

        // Answered in the channel: the shared view, as the post itself.
        Assert.Contains(Lines(answered), l => l.StartsWith("Alle her kan læse med", StringComparison.Ordinal));
        Assert.DoesNotContain("Bilal Hussain", Lines(answered));
    }

    [Theory]
    [InlineData("ssp-lokaludvalg", "2026-11-16T13:00", "standing:0", "Kun forpersonerne for SSP-lokaludvalg Tingbjerg-Husum kan ændre dagsordenen under mødet.")]
    [InlineData("fodboldklubben", MeetingId, "standing:0", "Dette kort svarer ikke til et møde i et forum i netværket, så intet er ændret.")]
    [InlineData(Forum, "2026-12-02T09:00", "standing:0", "Dette kort svarer ikke til et møde i et forum i netværket, så intet er ændret.")]
    [InlineData(Forum, "not a meeting", "standing:0", "Dette kort svarer ikke til et møde i et forum i netværket, så intet er ændret.")]
    [InlineData(Forum, MeetingId, "standing:9", "Punktet er ikke længere på dagsordenen (det er fjernet eller behandlet). Skriv \"dagsorden\" for den nuværende.")]
    [InlineData(Forum, MeetingId, "", "Dette kort kan ikke længere bruges. Intet er ændret.")]
    public async Task AForgedPayload_NamingAnotherForumMeetingOrItem_IsRefusedAndNothingIsStored(string forum, string meeting, string item, string expected)
    {
        var press = ItemButton(await App.AgendaAsync(DemoNetwork.ChairAad), First, AgendaVerbs.Discussed);
        press["forum"] = forum;
        press["meeting"] = meeting;
        press["item"] = item;

        var answer = Answer(await App.ExecuteAsync(DemoNetwork.Chair, AgendaVerbs.Discussed, press, "da-DK"));

        Assert.Equal(expected, answer.GetValue<string>());
        Assert.Empty((await App.RecordAsync()).Items);
    }

    [Fact]
    public async Task Open_AnswersWithTheItemCard_AndSaveDecision_StoresItAndShowsItOnTheAgenda()
    {
        var agenda = await App.AgendaAsync(DemoNetwork.ChairAad);
        var item = UpdateCards.FromInvoke(await App.ExecuteAsync(DemoNetwork.Chair, AgendaVerbs.Open, ItemButton(agenda, Second, AgendaVerbs.Open)));
        Assert.Equal(Second, Lines(item)[1]);
        Assert.Equal(1000, UpdateCards.Input(item, DecisionPanel.InputId)["maxLength"]!.GetValue<int>());
        Assert.DoesNotContain(UpdateCards.Actions(item), a => a["verb"]!.GetValue<string>() == AgendaVerbs.Remove);

        var saved = UpdateCards.FromInvoke(await App.ExecuteAsync(DemoNetwork.Chair, AgendaVerbs.Decision,
            UpdateCards.Press(item, AgendaVerbs.Decision, (DecisionPanel.InputId, "  Vi samler ventelisten i ét regneark.\r\nMikkel tjekker tallene.  "))));

        var mark = (await App.RecordAsync()).Mark("standing:1");
        Assert.Equal("Vi samler ventelisten i ét regneark.\nMikkel tjekker tallene.", mark.Decision);
        Assert.Equal(("p-chair-demo", DuringTheMeeting), (mark.DecidedBy, mark.DecidedAt));
        Assert.Equal("Beslutning gemt ✓", Lines(saved)[0]);
        Assert.Equal(mark.Decision, UpdateCards.Value(saved, DecisionPanel.InputId));
        Assert.Equal("Vi samler ventelisten i ét regneark.", DemoNetwork.FactAfter(CardText.Of(saved), Second, "Beslutning"));

        var back = UpdateCards.FromInvoke(await App.ExecuteAsync(DemoNetwork.Chair, AgendaVerbs.Show, UpdateCards.Press(saved, AgendaVerbs.Show)));
        Assert.Equal("Dagsorden: Fritidsjobnetværket", Lines(back)[0]);
        Assert.Equal("Vi samler ventelisten i ét regneark.", DemoNetwork.FactAfter(CardText.Of(back), Second, "Beslutning"));
    }

    [Theory]
    [InlineData("da-DK", "Et CPR-nummer er fjernet fra feltet", "Ikke gemt: ret venligst feltet markeret nedenfor.")]
    [InlineData("en-GB", "A CPR number was removed from this field", "Not saved: please correct the field marked below.")]
    public async Task SaveDecision_WithACprNumber_IsRefusedWithTheErrorUnderTheFieldAndTheNumberRedacted(string locale, string error, string note)
    {
        var agenda = await App.AgendaAsync(DemoNetwork.ChairAad, locale);
        var item = UpdateCards.FromInvoke(await App.ExecuteAsync(DemoNetwork.Chair, AgendaVerbs.Open, ItemButton(agenda, Second, AgendaVerbs.Open), locale));

        var refused = UpdateCards.FromInvoke(await App.ExecuteAsync(DemoNetwork.Chair, AgendaVerbs.Decision,
            UpdateCards.Press(item, AgendaVerbs.Decision, (DecisionPanel.InputId, "Ahmed (150607-2213) kommer på listen")), locale));

        Assert.StartsWith(error, UpdateCards.ErrorUnder(refused, DecisionPanel.InputId), StringComparison.Ordinal);
        Assert.Equal(note, Lines(refused)[0]);
        Assert.Equal("Ahmed ([CPR]) kommer på listen", UpdateCards.Value(refused, DecisionPanel.InputId));
        Assert.DoesNotContain("150607", refused.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty((await App.RecordAsync()).Items);
    }

    [Fact]
    public async Task SaveDecision_OverTheLimit_IsRefusedWithTheErrorUnderTheField()
    {
        var item = UpdateCards.FromInvoke(await App.ExecuteAsync(DemoNetwork.Chair, AgendaVerbs.Open, ItemButton(await App.AgendaAsync(DemoNetwork.ChairAad), Second, AgendaVerbs.Open)));

        var refused = UpdateCards.FromInvoke(await App.ExecuteAsync(DemoNetwork.Chair, AgendaVerbs.Decision,
            UpdateCards.Press(item, AgendaVerbs.Decision, (DecisionPanel.InputId, new string('a', 1001)))));

        Assert.Equal("Højst 1000 tegn (her er 1001). Intet er gemt.", UpdateCards.ErrorUnder(refused, DecisionPanel.InputId));
        Assert.Empty((await App.RecordAsync()).Items);
    }

    [Fact]
    public async Task ChairsPressingAtOnce_OnOneItemAndOnAnother_AllIsSaved()
    {
        var agenda = await App.AgendaAsync(DemoNetwork.ChairAad);
        var item = UpdateCards.FromInvoke(await App.ExecuteAsync(DemoNetwork.Chair, AgendaVerbs.Open, ItemButton(agenda, First, AgendaVerbs.Open)));

        // The same item's row twice at once (discussed and a decision) and another item: the store retries on the ETag.
        await Task.WhenAll(
            App.ExecuteAsync(DemoNetwork.Chair, AgendaVerbs.Discussed, ItemButton(agenda, First, AgendaVerbs.Discussed)),
            App.ExecuteAsync(DemoNetwork.Chair, AgendaVerbs.Decision, UpdateCards.Press(item, AgendaVerbs.Decision, (DecisionPanel.InputId, "Netto og Føtex ringes op"))),
            App.ExecuteAsync(DemoNetwork.Chair, AgendaVerbs.Discussed, ItemButton(agenda, Second, AgendaVerbs.Discussed)),
            App.ExecuteAsync(DemoNetwork.Chair, AgendaVerbs.Discussed, ItemButton(agenda, Second, AgendaVerbs.Discussed)));

        var record = await App.RecordAsync();
        Assert.True(record.Mark("standing:0").Discussed);
        Assert.Equal("Netto og Føtex ringes op", record.Mark("standing:0").Decision);
        Assert.True(record.Mark("standing:1").Discussed);
    }

    private static string TitleOf(JsonNode card, string itemLine, string verb)
    {
        // The press data carries the verb; the title sits beside it on the action.
        var data = ItemButton(card, itemLine, verb);
        return UpdateCards.Actions(card).First(a => JsonNode.DeepEquals(a["data"], data))["title"]!.GetValue<string>();
    }
}
