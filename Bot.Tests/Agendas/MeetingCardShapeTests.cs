using System.Text;
using System.Text.Json;
using ForumBot.Agendas.Cards;
using ForumBot.Agendas.Closing;
using ForumBot.Agendas.Meetings;
using ForumBot.Agendas.Model;
using ForumBot.Localization;
using ForumBot.Scheduling;
using ForumBot.Tests.Fixtures;
using ForumBot.Tests.Updates;
using ForumBot.Updates.Cycles;

namespace ForumBot.Tests.Agendas;

/// <summary>The agenda card with its buttons and the minutes card as pure functions: size, what each shows, and what is carried over.</summary>
public sealed class MeetingCardShapeTests
{
    private static readonly ForumBot.Network.NetworkSnapshot Network = DemoNetwork.Snapshot();
    private static readonly ForumBot.Network.Forum Fritidsjob = Network.FindForum("fritidsjob")!;
    private static readonly Meeting Meeting = MeetingCalendar.FindMeeting(Fritidsjob.ToCadence(), Network.TimeZone, DemoNetwork.FritidsjobMeetingId)!;
    private static readonly Meeting Next = MeetingCalendar.NextMeeting(Fritidsjob.ToCadence(), Network.TimeZone, Meeting.StartsAtUtc)!;

    [Theory]
    [InlineData(Language.Danish, AgendaViewer.Chair, false)]
    [InlineData(Language.English, AgendaViewer.Chair, false)]
    [InlineData(Language.Danish, AgendaViewer.Outsider, true)]
    public void AgendaCard_With25LongItemsAllDiscussedAndDecided_StaysUnderTeams28KB(Language language, AgendaViewer viewer, bool shared)
    {
        var agenda = LongAgenda(25);

        var card = AgendaCard.Build(language, agenda, viewer, Network.TimeZone, shared);

        CardDump.Write(card);
        var wire = JsonSerializer.Serialize(card, ForumBot.Protocol.ProtocolJson.Default.JsonObject);
        Assert.InRange(Encoding.UTF8.GetByteCount(wire), 12 * 1024, 28 * 1024);
        Assert.Equal(50, UpdateCards.Actions(card).Count());
        Assert.Equal(25, CardText.Of(card).Split('\n').Count(l => l == language.Pick("✓ Discussed", "✓ Drøftet")));
    }

    [Fact]
    public void AgendaCard_ForAClosedMeeting_SaysSoAndHasNoButtons()
    {
        var agenda = LongAgenda(3);
        var closed = agenda with { Record = agenda.Record with { State = new MeetingState(true, Meeting.EndsAtUtc, "p-chair-demo") } };

        var card = AgendaCard.Build(Language.English, closed, AgendaViewer.Chair, Network.TimeZone);

        CardDump.Write(card);
        Assert.Empty(UpdateCards.Actions(card));
        Assert.Contains("The meeting was closed Tuesday 1 December 2026 at 10:30.", CardText.Of(card), StringComparison.Ordinal);
    }

    [Fact]
    public void AgendaCard_ForAMemberIn1To1_HasNoButtons_ForAChairAndInAChannelItHas()
    {
        Assert.False(AgendaCard.OffersActions(AgendaViewer.Member, shared: false));
        Assert.False(AgendaCard.OffersActions(AgendaViewer.Outsider, shared: false));
        Assert.True(AgendaCard.OffersActions(AgendaViewer.Chair, shared: false));
        Assert.True(AgendaCard.OffersActions(AgendaViewer.Outsider, shared: true));
    }

    [Fact]
    public void CarryOver_LeavesOutWhatWasDiscussedStandingItemsMissingUpdatesAndWhatIsOnTheNextAgenda_AndKeepsTheFirstDate()
    {
        var earlier = new CarriedItem("proposal:old", "Old point", "Gammelt punkt", "Proposed by Sara Nielsen", "Foreslået af Sara Nielsen", "2026-11-03T09:00",
            new DateTimeOffset(2026, 11, 3, 8, 0, 0, TimeSpan.Zero));
        var items = new[]
        {
            Item("standing:0"), Item("initiative:a"), Item("initiative:b"), Item("initiative:c"), Item("missing:d"), Item(earlier.ItemKey), Item("proposal:p"),
        };
        var record = MeetingRecord.Empty(Fritidsjob.Id, Meeting.MeetingId) with { Carried = [earlier] };
        record = record.With(ItemMark.None("initiative:a") with { Discussed = true });
        var closing = Agenda(Meeting, record, items);
        var next = Agenda(Next, MeetingRecord.Empty(Fritidsjob.Id, Next.MeetingId), [Item("initiative:b")]);

        var carried = CarryOver.Plan(closing, next);

        Assert.Equal(["carried:initiative:c", "carried:proposal:old", "carried:proposal:p"], carried.Select(c => c.ItemKey));
        Assert.Equal((Meeting.MeetingId, Meeting.StartsAtUtc, "Title of initiative:c", "Origin of initiative:c"),
            (carried[0].FromMeetingId, carried[0].FromStart, carried[0].TitleEnglish, carried[0].OriginEnglish));
        Assert.Equal(earlier with { SourceKey = "proposal:old" }, carried[1]);
    }

    [Fact]
    public void CarriedOverSource_LabelsEachWithItsFirstMeeting_AndTheComposerHidesOneWhoseSourcePutItBack()
    {
        var record = MeetingRecord.Empty(Fritidsjob.Id, Next.MeetingId) with
        {
            Carried =
            [
                new("initiative:fritidsjob-kk", "Fritidsjob i Tingbjerg-Husum", "Fritidsjob i Tingbjerg-Husum", "KK", "KK", Meeting.MeetingId, Meeting.StartsAtUtc),
                new("standing-free", "A point", "Et punkt", string.Empty, string.Empty, Meeting.MeetingId, Meeting.StartsAtUtc),
            ],
        };
        var context = new ForumBot.Agendas.Composition.AgendaContext(Network, Fritidsjob, Next, new Dictionary<string, ForumBot.Updates.Model.UpdateContent>(), record, Meeting);

        var items = CarriedOverSource.Items(context);
        var agenda = ForumBot.Agendas.Composition.AgendaComposer.Compose(context,
            [(AgendaSections.CarriedOver, items), (AgendaSections.Concerns, new List<AgendaItem> { Item("initiative:fritidsjob-kk") })]);

        Assert.Equal(["KK · overført fra 1. december 2026", "Overført fra 1. december 2026"], items.Select(i => i.Origin.Danish));
        Assert.Equal(["KK · carried over from 1 December 2026", "Carried over from 1 December 2026"], items.Select(i => i.Origin.English));
        Assert.Equal(["carried:standing-free", "initiative:fritidsjob-kk"], agenda.Items.Select(i => i.Item.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(Language.Danish, true)]
    [InlineData(Language.English, false)]
    public void MinutesCard_ShowsTitlesDecisionsAndWhatWasCarried_NeverDetails(Language language, bool shared)
    {
        var agenda = LongAgenda(25);
        var closed = agenda with { Record = agenda.Record with { State = new MeetingState(true, Meeting.EndsAtUtc, MeetingState.ClosedAutomatically) } };
        var scope = new MinutesScope(Network, closed, language, shared ? AgendaViewer.Outsider : AgendaViewer.Chair);
        var carried = closed.Items.Take(3).Select(i => new CarriedItem(i.Item.Key, i.Item.Title.English, i.Item.Title.Danish, "o", "o", Meeting.MeetingId, Meeting.StartsAtUtc)).ToList();

        var card = MinutesCard.Build(scope, [ForumBot.Cards.AdaptiveCards.TextBlock("Follow-ups: 150607-2213")], Next, carried, shared);

        CardDump.Write(card);
        var text = CardText.Of(card);
        var wire = JsonSerializer.Serialize(card, ForumBot.Protocol.ProtocolJson.Default.JsonObject);
        Assert.InRange(Encoding.UTF8.GetByteCount(wire), 4 * 1024, 28 * 1024);
        Assert.Contains(language.Pick("Closed by itself at the meeting's end, Tuesday 1 December 2026 at 10:30.", "Afsluttet af sig selv ved mødets slutning, tirsdag den 1. december 2026 kl. 10.30."), text, StringComparison.Ordinal);
        Assert.Contains("Follow-ups: [CPR]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Detail text", text, StringComparison.Ordinal);
        Assert.Equal(3, text.Split('\n').Count(l => l.StartsWith("• ", StringComparison.Ordinal)));
        Assert.Empty(UpdateCards.Actions(card));
    }

    /// <summary>An agenda of <paramref name="count"/> items with long Danish titles, details for the forum and the chairs, every item discussed with a decision at its maximum.</summary>
    private static Agenda LongAgenda(int count)
    {
        var sentence = "Vi har talt med arbejdsgiverne i Husum og Tingbjerg om sommerjob, og de fleste vil gerne være med igen næste år. ";
        var longText = string.Concat(Enumerable.Repeat(sentence, 40));
        var record = MeetingRecord.Empty(Fritidsjob.Id, Meeting.MeetingId);
        var items = new List<AgendaItem>();
        for (var i = 0; i < count; i++)
        {
            var key = $"proposal:{i:D8}";
            items.Add(new AgendaItem(key, AgendaText.Same(longText[..Proposal.MaxTextLength]), new("Proposed by Sara Nielsen", "Foreslået af Sara Nielsen"),
            [
                new(new("What is getting in the way", "Hvad står i vejen"), AgendaText.Same("Detail text " + longText[..2000]), AgendaAudience.Forum),
                new(new("Contacts", "Kontaktpersoner"), AgendaText.Same("Bilal Hussain, Hassan Osman, Louise Krogh"), AgendaAudience.Chairs),
            ]));
            record = record.With(ItemMark.None(key) with
            {
                Discussed = true, DiscussedBy = "p-chair-demo", DiscussedAt = Meeting.StartsAtUtc,
                Decision = longText[..ItemMark.MaxDecisionLength], DecidedBy = "p-chair-demo", DecidedAt = Meeting.StartsAtUtc,
            });
        }

        return new Agenda(Fritidsjob, Meeting, [new AgendaGroup(AgendaSections.Proposals, [.. items.Select((item, i) => new NumberedItem(i + 1, item))])], record);
    }

    private static AgendaItem Item(string key) => new(key, new("Title of " + key, "Titel på " + key), new("Origin of " + key, "Ophav for " + key), []);

    private static Agenda Agenda(Meeting meeting, MeetingRecord record, IEnumerable<AgendaItem> items) =>
        new(Fritidsjob, meeting, [new AgendaGroup(AgendaSections.Proposals, [.. items.Select((item, i) => new NumberedItem(i + 1, item))])], record);
}
