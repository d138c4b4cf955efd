using ForumBot.Agendas.Cards;
using ForumBot.Agendas.Composition;
using ForumBot.Agendas.Meetings;
using ForumBot.Agendas.Model;
using ForumBot.Localization;
using ForumBot.Scheduling;
using ForumBot.Tests.Fixtures;
using ForumBot.Updates.Cycles;
using ForumBot.Updates.Model;

namespace ForumBot.Tests.Agendas;

/// <summary>The composition as a pure function of the demo network, a meeting and a cycle's updates; no storage.</summary>
public sealed class AgendaCompositionTests
{
    private static readonly ForumBot.Network.NetworkSnapshot Network = DemoNetwork.Snapshot();
    private static readonly ForumBot.Network.Forum Fritidsjob = Network.FindForum("fritidsjob")!;
    private static readonly Meeting Meeting = MeetingCalendar.NextMeeting(Fritidsjob.ToCadence(), Network.TimeZone, DemoNetwork.FritidsjobPrompt)!;

    private static readonly IAgendaItemSource[] Sources = [new MissingUpdatesSource(), new UpdateConcernsSource(), new StandingItemsSource()];

    [Fact]
    public async Task Compose_OrdersSectionsByTheirOrderAndNumbersAcrossThem()
    {
        var agenda = await AgendaComposer.ComposeAsync(Context(("jobklub-husum", Update(UpdateStatus.AtRisk)), ("fritidsjob-kk", Update(UpdateStatus.Blocked))), Sources, CancellationToken.None);

        Assert.Equal(["standing", "concerns", "missing-updates"], agenda.Groups.Select(g => g.Section.Id));
        Assert.Equal(Enumerable.Range(1, agenda.ItemCount), agenda.Items.Select(i => i.Number));
        Assert.Equal(["initiative:fritidsjob-kk", "initiative:jobklub-husum"], agenda.Groups[1].Items.Select(i => i.Item.Key));
        Assert.Equal(4, agenda.Groups[2].Items.Count);
    }

    [Fact]
    public void Concerns_OnTrackWithoutAsks_StayOffTheAgendaButCountAsSent()
    {
        var context = Context(("fritidsjob-kk", Update(UpdateStatus.OnTrack)), ("jobklub-husum", Update(UpdateStatus.OnTrack, needsFrom: ["kk-uu"])));

        Assert.Equal(["initiative:jobklub-husum"], UpdateConcernsSource.Items(context).Select(i => i.Key));
        Assert.DoesNotContain(MissingUpdatesSource.Items(context), i => i.Key == "missing:fritidsjob-kk");
    }

    [Fact]
    public void Compose_NoUpdatesAndNoStandingItems_LeavesOutEmptySections()
    {
        var context = Context() with { Forum = Fritidsjob with { StandingItems = [] } };

        var agenda = AgendaComposer.Compose(context, [(AgendaSections.Standing, StandingItemsSource.Items(context)), (AgendaSections.Concerns, UpdateConcernsSource.Items(context))]);

        Assert.Empty(agenda.Groups);
    }

    [Theory]
    [InlineData(AgendaViewer.Chair, true, true)]
    [InlineData(AgendaViewer.Member, true, false)]
    [InlineData(AgendaViewer.Outsider, false, false)]
    public void Sees_ByViewer_KeepsTheUpdatesTextInTheForumAndNamesWithTheChairs(AgendaViewer viewer, bool forumText, bool names)
    {
        Assert.True(viewer.Sees(AgendaAudience.Everyone));
        Assert.Equal((forumText, names), (viewer.Sees(AgendaAudience.Forum), viewer.Sees(AgendaAudience.Chairs)));
    }

    [Fact]
    public void Card_TextWithACprNumber_ShowsItRedacted()
    {
        var agenda = AgendaComposer.Compose(Context(), [(AgendaSections.Standing, [new AgendaItem("x", AgendaText.Same("Sagen om 010203-1234"), AgendaText.Same("Fast punkt"), [])])]);

        var text = CardText.Of(AgendaCard.Build(Language.Danish, agenda, AgendaViewer.Chair, Network.TimeZone));

        Assert.Contains("1. Sagen om [CPR]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("010203", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CurrentMeeting_DuringAMeeting_IsThatMeetingUntilItEnds()
    {
        var during = AgendaDrafts.CurrentMeeting(Fritidsjob, Network.TimeZone, DemoNetwork.FritidsjobMeeting.AddMinutes(30));
        var after = AgendaDrafts.CurrentMeeting(Fritidsjob, Network.TimeZone, DemoNetwork.FritidsjobMeeting.AddMinutes(Fritidsjob.DurationMinutes));

        Assert.Equal(DemoNetwork.FritidsjobMeetingId, during!.MeetingId);
        Assert.Equal("2027-01-05T09:00", after!.MeetingId);
    }

    private static AgendaContext Context(params (string InitiativeId, UpdateContent Content)[] updates) =>
        new(Network, Fritidsjob, Meeting, updates.ToDictionary(u => u.InitiativeId, u => u.Content, StringComparer.Ordinal),
            MeetingRecord.Empty(Fritidsjob.Id, Meeting.MeetingId), Previous: null);

    private static UpdateContent Update(UpdateStatus status, string[]? needsFrom = null) =>
        UpdateContent.Empty with { Status = status, Reached = 1, NeedsFrom = needsFrom ?? [] };
}
