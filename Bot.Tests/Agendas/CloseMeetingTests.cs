using ForumBot.Agendas.Actions;
using ForumBot.Agendas.Closing;
using ForumBot.Agendas.Meetings;
using ForumBot.Scheduling;
using ForumBot.Tests.Fixtures;
using ForumBot.Tests.Updates;
using Microsoft.Extensions.DependencyInjection;
using static ForumBot.Tests.Agendas.MeetingsTestApp;

namespace ForumBot.Tests.Agendas;

/// <summary>
/// "close meeting" / "afslut møde" and the automatic close at the end time, through the real
/// endpoint: the minutes enqueued once (in the agenda's thread when it was posted in the channel,
/// else to the chairs), the items not discussed on the next agenda as carried over, a second close
/// told who closed it. Updates as in the agenda tests: "Kom i gang – første fritidsjob" blocked,
/// "Fritidsjob i Tingbjerg-Husum" at risk; Sara proposed "Sommerjob i butikkerne".
/// </summary>
public sealed class CloseMeetingTests : TestAppLifetime
{
    private const string Blocked = "4. Kom i gang – første fritidsjob";
    private const string MinutesPrefix = "agenda|fritidsjob|2026-12-01T09:00|minutes|";

    protected override TestAppOptions Options => At(DemoNetwork.FritidsjobPrompt);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await App.SubmitTwoUpdatesAsync();
        await App.SayAsync(DemoNetwork.FrontlineAad, "foreslå fritidsjob: Sommerjob i butikkerne", "da-DK");
    }

    [Fact]
    public async Task AfslutMoede_InTheChannel_PostsTheMinutesOnceInTheAgendasThreadAndCarriesWhatWasNotDiscussed()
    {
        App.FakeTime.SetUtcNow(DuringTheMeeting);
        await App.LinkForumChannelAsync();
        var postKey = await App.PostAgendaInChannelAsync();
        var agenda = await App.AgendaAsync(DemoNetwork.ChairAad);
        await App.ExecuteAsync(DemoNetwork.Chair, AgendaVerbs.Discussed, ItemButton(agenda, Blocked, AgendaVerbs.Discussed));
        var item = UpdateCards.FromInvoke(await App.ExecuteAsync(DemoNetwork.Chair, AgendaVerbs.Open, ItemButton(agenda, Blocked, AgendaVerbs.Open)));
        await App.ExecuteAsync(DemoNetwork.Chair, AgendaVerbs.Decision, UpdateCards.Press(item, AgendaVerbs.Decision, (DecisionPanel.InputId, "Lokalet flyttes til biblioteket")));

        var reply = Lines(await App.InChannelAsync(DemoNetwork.ChairAad, "afslut møde"));

        Assert.Equal(["Mødet i Fritidsjobnetværket tirsdag den 1. december 2026 kl. 09.00 er afsluttet ✓. 2 punkter, der ikke blev drøftet, er overført til mødet den 5. januar 2027. Referatet sendes i dagsordenens tråd i kanalen."], reply);
        var state = (await App.RecordAsync()).State;
        Assert.Equal((true, "p-chair-demo", DuringTheMeeting), (state.Closed, state.ClosedBy, state.ClosedAt!.Value));

        // The minutes: one message, to the agenda post's own target (the channel), about that post.
        var minutesKey = Assert.Single(await App.OutboxKeysAsync(MinutesPrefix));
        Assert.Equal(MinutesPrefix + "channel", minutesKey);
        var minutes = await App.Outbox.FindAsync(minutesKey, CancellationToken.None);
        Assert.Equal((await App.Outbox.FindAsync(postKey, CancellationToken.None))!.Target, minutes!.Target);
        Assert.Equal(MinutesPoster.Kind, minutes.Kind);
        Assert.Equal(new MessageRelation(postKey, MessageRelationKind.ReplyInThread), minutes.About);

        // Everyone in the channel reads them: titles and decisions, never the updates' words or the names behind a missing update.
        var text = Lines(await App.OutboxCardAsync(minutesKey));
        Assert.Equal("Referat: Fritidsjobnetværket", text[0]);
        Assert.Contains("Afsluttet af Mikkel Hansen tirsdag den 1. december 2026 kl. 09.30.", text);
        Assert.Equal("Lokalet flyttes til biblioteket", text[Array.IndexOf(text, Blocked) + 2]);
        var carried = Array.IndexOf(text, "Overført til mødet den 5. januar 2027");
        Assert.Equal(["• Fritidsjob i Tingbjerg-Husum", "• Sommerjob i butikkerne"], text[(carried + 1)..]);
        Assert.DoesNotContain(text, l => l.Contains(AgendaFixture.BlockedBarrier, StringComparison.Ordinal)
            || l.Contains(AgendaFixture.AtRiskBarrier, StringComparison.Ordinal) || l.Contains("Bilal Hussain", StringComparison.Ordinal));

        // The next agenda: what was not reached, labelled with the meeting it comes from; standing items and missing updates only once.
        var next = Lines(await App.AgendaAsync(DemoNetwork.ChairAad));
        Assert.Equal("Møde tirsdag den 5. januar 2027 kl. 09.00", next[1]);
        var section = Array.IndexOf(next, "Overført");
        Assert.Equal(["4. Fritidsjob i Tingbjerg-Husum", "Københavns Kommune, Børne- og Ungdomsforvaltningen · overført fra 1. december 2026", "Drøftet ✓", "Åbn",
            "5. Sommerjob i butikkerne", "Foreslået af Sara Nielsen · overført fra 1. december 2026"], next[(section + 1)..(section + 7)]);
        Assert.Single(next, "1. Nyt fra arbejdsgiverne");
        Assert.DoesNotContain(next, l => l.EndsWith(". Kom i gang – første fritidsjob", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AfslutMoede_ASecondTime_SaysWhoClosedItWhen_AndTheCardsNoLongerChangeIt()
    {
        App.FakeTime.SetUtcNow(DuringTheMeeting);
        var agenda = await App.AgendaAsync(DemoNetwork.ChairAad);
        await App.SayAsync(DemoNetwork.ChairAad, "afslut møde fritidsjob", "da-DK");
        App.FakeTime.Advance(TimeSpan.FromMinutes(5));

        var again = Assert.Single(Lines(await App.SayAsync(DemoNetwork.ChairAad, "afslut møde fritidsjob", "da-DK")));
        var pressed = Answer(await App.ExecuteAsync(DemoNetwork.Chair, AgendaVerbs.Discussed, ItemButton(agenda, Blocked, AgendaVerbs.Discussed)));

        Assert.Equal("Mødet i Fritidsjobnetværket tirsdag den 1. december 2026 kl. 09.00 er allerede afsluttet af Mikkel Hansen tirsdag den 1. december 2026 kl. 09.30.", again);
        Assert.Equal("Mødet i Fritidsjobnetværket blev afsluttet tirsdag den 1. december 2026 kl. 09.30, så dagsordenen kan ikke længere ændres.", pressed.GetValue<string>());
        Assert.Equal([MinutesPrefix + "p-chair-demo"], await App.OutboxKeysAsync(MinutesPrefix));
    }

    [Fact]
    public async Task CloseMeeting_In1To1WithoutAChannelPost_SendsTheMinutesToTheChairInTheirLanguage()
    {
        App.FakeTime.SetUtcNow(DuringTheMeeting);

        var reply = Assert.Single(Lines(await App.SayAsync(DemoNetwork.ChairAad, "close meeting fritidsjob", "en-GB")));

        Assert.Equal("The meeting of Fritidsjobnetværket on Tuesday 1 December 2026 at 09:00 is closed ✓. 3 items not discussed are carried over to the meeting on 5 January 2027. "
            + "The minutes will be sent to the forum's chairs in a 1:1 chat.", reply);
        var key = Assert.Single(await App.OutboxKeysAsync(MinutesPrefix));
        Assert.Equal(MinutesPrefix + "p-chair-demo", key);
        Assert.Equal(new MessageTarget.Person(DemoNetwork.ChairAad), (await App.Outbox.FindAsync(key, CancellationToken.None))!.Target);

        await App.DispatchAsync();
        var minutes = Lines(App.Connector.SentCards()[^1]);
        Assert.Equal("Minutes: Fritidsjobnetværket", minutes[0]);
        Assert.Contains("No item was marked discussed.", minutes);
        Assert.Contains("Carried over to the meeting on 5 January 2027", minutes);
        Assert.Contains("• Kom i gang – første fritidsjob", minutes);
    }

    [Theory]
    [InlineData(DemoNetwork.FrontlineAad, "afslut møde fritidsjob", "da-DK", "Kun forpersonerne for Fritidsjobnetværket kan afslutte dets møde.")]
    [InlineData(DemoNetwork.AdminAad, "close meeting fritidsjob", "en-GB", "Only the chairs of Fritidsjobnetværket can close its meeting.")]
    [InlineData(DemoNetwork.ChairAad, "afslut møde", "da-DK", "Skriv “afslut møde ‹forum›”, eller “afslut møde” i forummets kanal. De fora, du er forperson for: fritidsjob.")]
    [InlineData(DemoNetwork.ChairAad, "close meeting fodboldklubben", "en-GB", "I don't know the forum \"fodboldklubben\". Write \"forums\" to see them.")]
    public async Task CloseMeeting_ThatCannotBeDone_IsAnsweredAndNothingIsClosed(string aad, string text, string locale, string expected)
    {
        App.FakeTime.SetUtcNow(DuringTheMeeting);

        var reply = Assert.Single(Lines(await App.SayAsync(aad, text, locale)));

        Assert.Equal(expected, reply);
        Assert.False((await App.RecordAsync()).State.Closed);
        Assert.Empty(await App.OutboxKeysAsync(MinutesPrefix));
    }

    [Fact]
    public async Task AtTheEndTime_TheMeetingClosesItself_OnceWithTheSameCarryOverAndMinutes_AndACarriedItemKeepsItsFirstDate()
    {
        var job = App.Services.GetServices<IPeriodicJob>().OfType<AutoCloseJob>().Single();
        await job.RunAsync(MeetingEnd.AddMinutes(-1), CancellationToken.None);
        Assert.False((await App.RecordAsync()).State.Closed);

        App.FakeTime.SetUtcNow(MeetingEnd.AddMinutes(1));
        await job.RunAsync(MeetingEnd.AddMinutes(1), CancellationToken.None);
        await job.RunAsync(MeetingEnd.AddMinutes(2), CancellationToken.None);

        var state = (await App.RecordAsync()).State;
        Assert.Equal((true, MeetingState.ClosedAutomatically), (state.Closed, state.ClosedBy));
        Assert.Equal([MinutesPrefix + "p-chair-demo"], await App.OutboxKeysAsync(MinutesPrefix));
        Assert.Contains("Afsluttet af sig selv ved mødets slutning, tirsdag den 1. december 2026 kl. 10.31.", Lines(await App.OutboxCardAsync(MinutesPrefix + "p-chair-demo")));
        Assert.Equal(3, (await App.RecordAsync(NextMeetingId)).Carried.Count);

        // Not reached in January either: carried on to February, still "from 1 December".
        var januaryEnd = new DateTimeOffset(2027, 1, 5, 9, 31, 0, TimeSpan.Zero);
        App.FakeTime.SetUtcNow(januaryEnd);
        await job.RunAsync(januaryEnd, CancellationToken.None);

        var february = Lines(await App.AgendaAsync(DemoNetwork.ChairAad));
        Assert.Equal("Møde tirsdag den 2. februar 2027 kl. 09.00", february[1]);
        Assert.Equal(3, february.Count(l => l.EndsWith("overført fra 1. december 2026", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AClose_InterruptedBeforeItsMinutes_IsFinishedByTheJob_Once()
    {
        // A crash right after the close won: the state row says closed, nothing else was done.
        App.FakeTime.SetUtcNow(DuringTheMeeting);
        Assert.True(await App.Get<MeetingStore>().CloseAsync("fritidsjob", DemoNetwork.FritidsjobMeetingId, "p-chair-demo", DuringTheMeeting, CancellationToken.None));
        Assert.Empty(await App.OutboxKeysAsync(MinutesPrefix));
        var job = App.Services.GetServices<IPeriodicJob>().OfType<AutoCloseJob>().Single();

        App.FakeTime.SetUtcNow(MeetingEnd.AddMinutes(1));
        await job.RunAsync(MeetingEnd.AddMinutes(1), CancellationToken.None);
        await job.RunAsync(MeetingEnd.AddMinutes(2), CancellationToken.None);

        var state = (await App.RecordAsync()).State;
        Assert.Equal((true, "p-chair-demo", true), (state.Closed, state.ClosedBy, state.Completed));
        Assert.Equal([MinutesPrefix + "p-chair-demo"], await App.OutboxKeysAsync(MinutesPrefix));
        Assert.Equal(3, (await App.RecordAsync(NextMeetingId)).Carried.Count);
    }
}
