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
        // Prompts: at the prompt moment the scheduler sends every contact a card per initiative.
        await RunAsync(Meeting.PromptAtUtc.AddMinutes(1));
        var prompts = _app.Connector.Requests.Where(r => r.Method == "POST" && Text(r).StartsWith("Opdatering: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(DemoNetwork.ContactPairs(PostingTestApp.Forum).Count, prompts.Count);

        // Updates through the cards' own verb: one blocked, one escalated to the strategic forum.
        await SubmitAsync(DemoNetwork.Sara, Blocked, ("status", "blocked"), ("barriers", BlockedBarrier));
        await SubmitAsync(DemoNetwork.Sara, Escalated, ("status", "at-risk"), ("escalateTo", "strategisk-styregruppe"), ("escalationReason", EscalationReason));

        // The agenda moment: posted once in the linked channel.
        _time.SetUtcNow(Meeting.AgendaAtUtc.AddMinutes(-1));
        await RunAsync(Meeting.AgendaAtUtc.AddMinutes(2));
        var post = Assert.Single(ChannelPosts());
        var postId = (await _app.Outbox.FindAsync(AgendaPostKeys.Post(PostingTestApp.Forum, Meeting.MeetingId, AgendaPostKeys.ChannelTarget), CancellationToken.None))!.ActivityId!;
        var posted = Lines(Card(post));
        var meetingLine = $"Møde {CycleMeeting.DanishLongDate(CycleMeeting.DayOf(Meeting))} kl. 09.00";
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

    private static string Text(CapturedRequest request) => CardText.Of(request.Body?["attachments"]?[0]?["content"]);

    private static JsonNode Card(CapturedRequest request) => request.Body!["attachments"]![0]!["content"]!;

    private static string[] Lines(JsonNode card) => CardText.Of(card).Split('\n');

    private List<CapturedRequest> ChannelPosts() => [.. _app.Connector.Requests.Where(r => r.Method == "POST" && r.Path == PostingTestApp.ChannelPath)];

    private List<CapturedRequest> Puts() => [.. _app.Connector.Requests.Where(r => r.Method == "PUT")];
}
