using System.Globalization;
using System.Text.Json.Nodes;
using ForumBot.Agendas.Actions;
using ForumBot.Agendas.Posting;
using ForumBot.FollowUps.Agenda;
using ForumBot.FollowUps.Cards;
using ForumBot.Scheduling;
using ForumBot.Tests.Agendas;
using ForumBot.Tests.Escalations;
using ForumBot.Tests.Fixtures;
using ForumBot.Tests.FollowUps;
using ForumBot.Tests.Updates;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace ForumBot.Tests.MeetingCycle;

/// <summary>
/// Issue 11's whole cycle on the demo network, as its people live it: Fritidsjobnetværket's next
/// meeting after the run's "now" (<see cref="CycleMeeting"/>), the bot on real HTTP against
/// Azurite, Teams a capturing connector, a fake clock moved in steps while the scheduler runs.
/// </summary>
public sealed class WholeCycleTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Blocked = "Kom i gang – første fritidsjob";
    private const string BlockedBarrier = "Lokalet er lukket resten af måneden";
    private const string Escalated = "Fritidsjob i Tingbjerg-Husum";
    private const string EscalationReason = "Arbejdsgiverne kræver en aftale på tværs af forvaltningerne";
    private const string Late = "Fra fritidsjob til uddannelse";
    private const string Proposal = "Sommerjob i butikkerne";
    private const string FollowUpText = "Find et nyt lokale til Kom i gang";
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(10);
    private static readonly Dictionary<string, string?> Tenant = new() { ["MicrosoftAppTenantId"] = TeamsActivities.TenantId };
    private static readonly CycleMeeting Cycle = CycleMeeting.FromNow();
    private static readonly DemoPerson Omar = DemoNetwork.Person("p-omar-farah");

    private readonly FakeTimeProvider _time = new(Cycle.This.PromptAtUtc.AddMinutes(-2));
    private TestApp _app = null!;

    private static Meeting Meeting => Cycle.This;

    public async Task InitializeAsync()
    {
        output.WriteLine($"Run's now {TestClock.Now:O}; meeting {Meeting.MeetingId} (prompt {Meeting.PromptAtUtc:O}, agenda {Meeting.AgendaAtUtc:O}); next {Cycle.Next.MeetingId}");
        _app = await PostingTestApp.StartAsync(_time, Tenant);
        await _app.LinkChannelAsync();
        await _app.SeedTenantAsync(_app.Connector.ServiceUrl);
        await _app.SeedChatsAsync((DemoNetwork.Sara, "da-DK"), (Omar, "da-DK"), (DemoNetwork.Chair, "da-DK"));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task PromptsUpdatesAgendaMeetingMinutesAndTheFollowUp_AsTheForumLivesThem()
    {
        // Prompts: at the prompt moment (not before) the scheduler sends every contact a card per initiative; other forums' prompts may fall in the same days.
        await RunAsync(Meeting.PromptAtUtc.AddSeconds(-5));
        Assert.Empty(FritidsjobPrompts());
        await RunAsync(Meeting.PromptAtUtc.AddMinutes(1));
        Assert.Equal(DemoNetwork.ContactPairs(PostingTestApp.Forum).Count, FritidsjobPrompts().Count);
        Assert.Equal(2, FollowUpsTestApp.CardsTo(_app, DemoNetwork.Sara).Count(c => CardText.Of(c).StartsWith("Opdatering: " + Blocked, StringComparison.Ordinal)
            || CardText.Of(c).StartsWith("Opdatering: " + Escalated, StringComparison.Ordinal)));

        // Updates through the cards' own verb: one blocked, one escalated to the strategic forum.
        await SubmitAsync(DemoNetwork.Sara, Blocked, ("status", "blocked"), ("barriers", BlockedBarrier));
        await SubmitAsync(DemoNetwork.Sara, Escalated, ("status", "at-risk"), ("escalateTo", "strategisk-styregruppe"), ("escalationReason", EscalationReason));

        var strategic = MeetingsTestApp.Lines(await _app.SayAsync(EscalationsTestApp.Pernille.AadObjectId, "dagsorden strategisk-styregruppe", "da-DK"));
        EscalationsTestApp.AssertInOrder(strategic, "Dagsorden: " + EscalationsTestApp.StrategicName, "Eskaleret til forummet", $"4. {Escalated}",
            $"Eskaleret af Fritidsjobnetværket fra opdateringen om {Escalated}", "Begrundelse", EscalationReason);

        // The agenda moment: posted once in the linked channel.
        _time.SetUtcNow(Meeting.AgendaAtUtc.AddMinutes(-1));
        await RunAsync(Meeting.AgendaAtUtc.AddMinutes(2));
        var post = Assert.Single(ChannelPosts());
        var postId = (await _app.Outbox.FindAsync(AgendaPostKeys.Post(PostingTestApp.Forum, Meeting.MeetingId, AgendaPostKeys.ChannelTarget), CancellationToken.None))!.ActivityId!;
        var posted = Lines(Card(post));
        var meetingLine = $"Møde {LongDate(Meeting)} kl. 09.00";
        EscalationsTestApp.AssertInOrder(posted, "Dagsorden: Fritidsjobnetværket", meetingLine, "Faste punkter", "1. Nyt fra arbejdsgiverne", "2. Unge på venteliste", "3. Eventuelt",
            "Indsatser, der har brug for forummet", "4. " + Blocked, "Status", "Blokeret", "Ingen opdatering modtaget", "8. Ingen opdatering fra " + Late);
        Assert.DoesNotContain(posted, l => l.Contains(BlockedBarrier, StringComparison.Ordinal) || l.Contains(EscalationReason, StringComparison.Ordinal));
        Assert.Empty(Puts());

        // A late update (before the deadline) changes the posted card in place: one PUT to the post.
        await SubmitAsync(Omar, Late, ("status", "at-risk"), ("barriers", "Ingen praktikpladser"));
        await RunUntilAsync(() => Puts().Count >= 1, TimeSpan.FromMinutes(3));
        var afterLate = Lines(Card(Assert.Single(Puts())));
        EscalationsTestApp.AssertInOrder(afterLate, "Indsatser, der har brug for forummet", "6. " + Late, "Status", "I risiko", "Ingen opdatering modtaget");
        Assert.DoesNotContain("Ingen opdatering fra " + Late, string.Join('\n', afterLate), StringComparison.Ordinal);
        Assert.DoesNotContain(Proposal, string.Join('\n', afterLate), StringComparison.Ordinal);

        // A proposal in the channel: one more PUT, to the same activity.
        var proposed = await _app.InChannelAsync(DemoNetwork.FrontlineAad, "foreslå " + Proposal);
        Assert.StartsWith($"Foreslået ✓ til mødet i Fritidsjobnetværket {CycleMeeting.DanishLongDate(CycleMeeting.DayOf(Meeting))} kl. 09.00: “{Proposal}”.", proposed.GetValue<string>(), StringComparison.Ordinal);
        await RunUntilAsync(() => Puts().Count >= 2, TimeSpan.FromMinutes(3));
        await RunAsync(_time.GetUtcNow().AddMinutes(2));
        Assert.Equal(2, Puts().Count);
        Assert.All(Puts(), p => Assert.Equal($"{PostingTestApp.ChannelPath}/{postId}", p.Path));
        var afterProposal = Lines(Card(Puts()[1]));
        EscalationsTestApp.AssertInOrder(afterProposal, "6. " + Late, "Foreslået af medlemmer", "7. " + Proposal, "Foreslået af Sara Nielsen", "Ingen opdatering modtaget");
        Assert.Single(ChannelPosts());

        // In the meeting, in the channel: the chair marks the blocked item discussed and adds a follow-up from its item card.
        _time.SetUtcNow(Meeting.StartsAtUtc.AddMinutes(10));
        var channelCard = Card(Puts()[^1]);
        var blockedLine = "4. " + Blocked;
        var discussed = MeetingsTestApp.Lines(MeetingsTestApp.Answer(await _app.ExecuteInChannelAsync(DemoNetwork.ChairAad, AgendaVerbs.Discussed,
            MeetingsTestApp.ItemButton(channelCard, blockedLine, AgendaVerbs.Discussed))));
        EscalationsTestApp.AssertInOrder(discussed, blockedLine, "Blokeret", "✓ Drøftet", "Ikke drøftet", "5. " + Escalated);
        var item = UpdateCards.FromInvoke(await _app.ExecuteInChannelAsync(DemoNetwork.ChairAad, AgendaVerbs.Open, MeetingsTestApp.ItemButton(channelCard, blockedLine, AgendaVerbs.Open)));
        EscalationsTestApp.AssertInOrder(MeetingsTestApp.Lines(item), blockedLine, "Drøftet", $"Mikkel Hansen, {LongDate(Meeting)} kl. 09.10", "Tilføj en opfølgning", "Tilføj opfølgning");
        var due = Cycle.LocalDay.AddDays(7);
        var dueText = CycleMeeting.DanishLongDate(due);
        var added = CardText.Of(UpdateCards.FromInvoke(await _app.ExecuteInChannelAsync(DemoNetwork.ChairAad, AddFollowUpPanel.Verb, UpdateCards.Press(item, AddFollowUpPanel.Verb,
            (AddFollowUpPanel.WhatId, FollowUpText), (AddFollowUpPanel.OwnerId, DemoNetwork.Sara.Id), (AddFollowUpPanel.DueId, due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))))));
        Assert.Matches($"^Opfølgning [a-z0-9]+ tilføjet ✓: Sara Nielsen, senest {dueText}. Sara Nielsen får et kort.\n", added);

        // The owner gets the follow-up's card in her 1:1.
        var cardsToSara = FollowUpsTestApp.CardsTo(_app, DemoNetwork.Sara).Count;
        await RunAsync(_time.GetUtcNow().AddSeconds(30));
        var ownerCard = Assert.Single(FollowUpsTestApp.CardsTo(_app, DemoNetwork.Sara).Skip(cardsToSara));
        EscalationsTestApp.AssertInOrder(MeetingsTestApp.Lines(ownerCard), "Opfølgning til dig", "Mikkel Hansen har givet dig en opfølgning i Fritidsjobnetværket.", FollowUpText,
            "Frist", dueText, "Status", "Åben", "Markér som udført");

        // "afslut møde" in the channel: the minutes in the agenda's thread, what was not discussed carried to the next meeting.
        var nextDay = CycleMeeting.DanishDate(CycleMeeting.DayOf(Cycle.Next));
        var closedAt = TimeZoneInfo.ConvertTime(_time.GetUtcNow(), Cycle.Zone).ToString("HH.mm", CultureInfo.InvariantCulture);
        var closed = (await _app.InChannelAsync(DemoNetwork.ChairAad, "afslut møde")).GetValue<string>();
        Assert.Equal($"Mødet i Fritidsjobnetværket {LongDate(Meeting)} kl. 09.00 er afsluttet ✓. 3 punkter, der ikke blev drøftet, er overført til mødet den {nextDay}. "
            + "Referatet sendes i dagsordenens tråd i kanalen.", closed);
        await RunAsync(_time.GetUtcNow().AddSeconds(30));
        var thread = "/v3/conversations/" + Uri.EscapeDataString(PostingTestApp.ChannelId + ";messageid=" + postId) + "/activities";
        var minutes = MeetingsTestApp.Lines(Card(Assert.Single(_app.Connector.Requests, r => r.Method == "POST" && r.Path == thread)));
        EscalationsTestApp.AssertInOrder(minutes, "Referat: Fritidsjobnetværket", "Afsluttet af Mikkel Hansen " + LongDate(Meeting) + $" kl. {closedAt}.",
            "Drøftet", blockedLine, "Opfølgninger oprettet", $"• {FollowUpText}: Sara Nielsen, senest {CycleMeeting.DanishDate(due)}",
            "Eskaleringer rejst", $"• {Escalated} → Strategisk styregruppe for tryghed i Tingbjerg-Husum",
            "Overført til mødet den " + nextDay, "• " + Escalated, "• " + Late, "• " + Proposal);
        Assert.DoesNotContain(minutes, l => l.Contains(BlockedBarrier, StringComparison.Ordinal));
        Assert.Single(ChannelPosts());

        // The next agenda: the new follow-up, and the items not reached, carried over from this meeting.
        var carriedFrom = "overført fra " + CycleMeeting.DanishDate(Cycle.LocalDay);
        var next = MeetingsTestApp.Lines(await _app.AgendaAsync(DemoNetwork.ChairAad));
        EscalationsTestApp.AssertInOrder(next, "Dagsorden: Fritidsjobnetværket", $"Møde {LongDate(Cycle.Next)} kl. 09.00", "1. Nyt fra arbejdsgiverne",
            "Opfølgninger", "4. " + FollowUpText, "Oprettet siden sidste møde", "Overført", "5. " + Escalated, "6. " + Late, "7. " + Proposal);
        Assert.Equal(3, next.Count(l => l.EndsWith(carriedFrom, StringComparison.Ordinal)));
        Assert.DoesNotContain(next, l => l.EndsWith(". " + Blocked, StringComparison.Ordinal));

        // The follow-up's reminder: two days before its due day, at 09:00 local time, and not before.
        var remindAt = Cycle.NineOClock(due.AddDays(-2));
        cardsToSara = FollowUpsTestApp.CardsTo(_app, DemoNetwork.Sara).Count;
        _time.SetUtcNow(remindAt.AddMinutes(-1));
        await RunAsync(remindAt.AddSeconds(-5));
        Assert.Equal(cardsToSara, FollowUpsTestApp.CardsTo(_app, DemoNetwork.Sara).Count);
        await RunAsync(remindAt.AddMinutes(1));
        var reminder = MeetingsTestApp.Lines(Assert.Single(FollowUpsTestApp.CardsTo(_app, DemoNetwork.Sara).Skip(cardsToSara)));
        EscalationsTestApp.AssertInOrder(reminder, "Opfølgning til dig", $"Påmindelse: opfølgningen skal være udført {dueText}, om to dage.", FollowUpText);

        // The morning after the due day, before 09:00: marked overdue in her "opfølgninger".
        _time.SetUtcNow(Cycle.LocalAt(due.AddDays(1), new TimeOnly(8, 0)));
        var list = MeetingsTestApp.Lines(await _app.SayAsync(DemoNetwork.Sara.AadObjectId, "opfølgninger", "da-DK"));
        EscalationsTestApp.AssertInOrder(list, "Dine opfølgninger", "⚠ Overskredet: " + FollowUpText, "Frist", dueText, "Status", "Åben");

        // Done from her card (the one she got when it was assigned); after that, no reminder comes.
        var done = MeetingsTestApp.Lines(UpdateCards.FromInvoke(await _app.ExecuteAsync(DemoNetwork.Sara, FollowUpCardData.DoneVerb,
            UpdateCards.Press(ownerCard, FollowUpCardData.DoneVerb, (FollowUpOwnerCard.NoteId, "Biblioteket har et lokale")))));
        EscalationsTestApp.AssertInOrder(done, "Markeret som udført ✓", FollowUpText, "Status", "Udført");
        cardsToSara = FollowUpsTestApp.CardsTo(_app, DemoNetwork.Sara).Count;
        await RunAsync(Cycle.NineOClock(due.AddDays(1)).AddMinutes(2));
        Assert.Equal(cardsToSara, FollowUpsTestApp.CardsTo(_app, DemoNetwork.Sara).Count);
        Assert.DoesNotContain("⚠ Overskredet", CardText.Of(await _app.SayAsync(DemoNetwork.Sara.AadObjectId, "opfølgninger", "da-DK")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoInstancesRunningTheirSchedulersThroughTheAgendaMoment_PostItOnce()
    {
        await using var second = await TestApp.StartAsync(PostingTestApp.Options(_time, _app.TablePrefix, http: false, settings: Tenant));
        _time.SetUtcNow(Meeting.AgendaAtUtc.AddMinutes(-1));

        await PostingTestApp.RunSchedulersAsync(_time, Meeting.AgendaAtUtc.AddMinutes(3), Step, _app, second);

        var post = Assert.Single(ChannelPosts());
        Assert.StartsWith($"Dagsorden: Fritidsjobnetværket\nMøde {LongDate(Meeting)} kl. 09.00", CardText.Of(Card(post)), StringComparison.Ordinal);
        Assert.Empty(Puts());
    }

    private async Task SubmitAsync(DemoPerson person, string initiativeName, params (string Id, string Value)[] inputs)
    {
        var card = FollowUpsTestApp.CardsTo(_app, person).Last(c => CardText.Of(c).StartsWith("Opdatering: " + initiativeName, StringComparison.Ordinal));
        var all = new List<(string, string)> { ("reached", "4"), ("wentWell", string.Empty), ("barriers", string.Empty), ("needs", string.Empty),
            ("needsFrom", string.Empty), ("escalateTo", string.Empty), ("escalationReason", string.Empty) };
        all.RemoveAll(i => inputs.Any(x => x.Id == i.Item1));
        all.AddRange(inputs);
        var answer = UpdateCards.FromInvoke(await _app.ExecuteAsync(person, "update.submit", UpdateCards.Press(card, "update.submit", [.. all])));
        Assert.Contains("Opdatering indsendt ✓", CardText.Of(answer), StringComparison.Ordinal);
    }

    private Task RunAsync(DateTimeOffset until) => PostingTestApp.RunSchedulersAsync(_time, until, Step, _app);

    private async Task RunUntilAsync(Func<bool> done, TimeSpan limit)
    {
        var end = _time.GetUtcNow() + limit;
        while (!done())
        {
            Assert.True(_time.GetUtcNow() < end, $"Not done by {end:O}.");
            await RunAsync(_time.GetUtcNow().AddSeconds(1));
        }
    }

    private static string LongDate(Meeting meeting) => CycleMeeting.DanishLongDate(CycleMeeting.DayOf(meeting));

    private static string Text(CapturedRequest request) => CardText.Of(request.Body?["attachments"]?[0]?["content"]);

    private static JsonNode Card(CapturedRequest request) => request.Body!["attachments"]![0]!["content"]!;

    private static string[] Lines(JsonNode card) => CardText.Of(card).Split('\n');

    /// <summary>The update cards sent for the forum's initiatives (their first line names the initiative).</summary>
    private List<CapturedRequest> FritidsjobPrompts()
    {
        var titles = DemoNetwork.LeisureJobIds.Select(id => "Opdatering: " + DemoNetwork.InitiativeName(id)).ToHashSet(StringComparer.Ordinal);
        return [.. _app.Connector.Requests.Where(r => r.Method == "POST" && titles.Contains(Text(r).Split('\n')[0]))];
    }

    private List<CapturedRequest> ChannelPosts() => [.. _app.Connector.Requests.Where(r => r.Method == "POST" && r.Path == PostingTestApp.ChannelPath)];

    private List<CapturedRequest> Puts() => [.. _app.Connector.Requests.Where(r => r.Method == "PUT")];
}
