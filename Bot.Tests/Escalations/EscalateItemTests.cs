using ForumBot.Agendas.Meetings;
using ForumBot.Escalations.Model;
using ForumBot.Localization;
using ForumBot.Tests.Fixtures;
using static ForumBot.Tests.Escalations.EscalationsTestApp;

namespace ForumBot.Tests.Escalations;

/// <summary>"Escalate" on the frontline forum's item card: the form's mistakes, who may, the mark on the item, and the item on the other forum's agenda.</summary>
public sealed class EscalateItemTests : TestAppLifetime
{
    // "Kom i gang – første fritidsjob" sent no update: its item on the frontline agenda names the initiative.
    private const string ItemKey = "missing:kom-i-gang-job";
    private const string Why = "Klubberne mangler en fælles plan for de unge på ventelisten";

    protected override TestAppOptions Options => EscalationsTestApp.Options();

    private static string EscalationId => EscalationIds.FromItem(Frontline, DemoNetwork.FritidsjobMeetingId, ItemKey);

    [Theory]
    [InlineData("da-DK", "Vælg forummet, punktet skal eskaleres til, fra listen. Intet er ændret.", $"Skriv, hvorfor {StrategicName} skal tage det op. Intet er ændret.")]
    [InlineData("en-GB", "Choose the forum to escalate the item to from the list. Nothing was changed.", $"Say why {StrategicName} should take it up. Nothing was changed.")]
    public async Task Escalate_WithoutForumOrReason_SaysWhatIsMissing(string locale, string noForum, string noReason)
    {
        var card = await App.ItemCardAsync(Frontline, ItemKey, Mikkel, Languages.FromLocale(locale));

        var (_, forumMissing) = await App.PressAsync(Mikkel, card, "agenda.escalate", null, locale, ("escalate-reason", Why));
        var (_, sameForum) = await App.PressAsync(Mikkel, card, "agenda.escalate", null, locale, ("escalate-forum", Frontline), ("escalate-reason", Why));
        var (_, reasonMissing) = await App.PressAsync(Mikkel, card, "agenda.escalate", null, locale, ("escalate-forum", Strategic));

        Assert.Equal((noForum, noForum, noReason), (forumMissing, sameForum, reasonMissing));
        Assert.Equal(0, await App.EscalationCountAsync());
    }

    [Fact]
    public async Task Escalate_ByAChair_MarksTheItem_PutsItOnTheOtherAgenda_AndASecondPressChangesNothing()
    {
        var card = await App.ItemCardAsync(Frontline, ItemKey, Mikkel);
        var forums = UpdateCardsChoices(card);
        Assert.DoesNotContain(Frontline, forums);
        Assert.Contains(Strategic, forums);

        var (escalated, _) = await App.PressAsync(Mikkel, card, "agenda.escalate", null, null, ("escalate-forum", Strategic), ("escalate-reason", Why));

        var text = CardText.Of(escalated);
        Assert.Contains($"Eskaleret til {StrategicName}: det er på dagsordenen til dets næste møde (torsdag den 14. januar 2027 kl. 14.00).", text, StringComparison.Ordinal);
        Assert.Contains("Eskaleret ✓", text, StringComparison.Ordinal);
        var mark = (await App.Get<MeetingStore>().ReadAsync(Frontline, DemoNetwork.FritidsjobMeetingId, CancellationToken.None)).Mark(ItemKey);
        Assert.Equal(EscalationId, mark.EscalationId);
        var escalation = (await App.EscalationAsync(EscalationId))!;
        Assert.Equal((EscalationOriginKind.AgendaItem, ItemKey, "kom-i-gang-job", "Ingen opdatering fra Kom i gang – første fritidsjob", Why),
            (escalation.OriginKind, escalation.OriginItemKey, escalation.InitiativeId, escalation.TitleDanish, escalation.Reason));

        var strategic = await App.AgendaLinesAsync(Strategic, Pernille);
        AssertInOrder(strategic, "Eskaleret til forummet", "4. Ingen opdatering fra Kom i gang – første fritidsjob",
            $"Eskaleret af {FrontlineName} fra mødet den 1. december 2026", "Indsats", "Kom i gang – første fritidsjob", "Begrundelse", Why);
        var english = await App.AgendaLinesAsync(Strategic, Oliver);
        AssertInOrder(english, "4. No update from Kom i gang – første fritidsjob", $"Escalated by {FrontlineName} from its meeting on 1 December 2026");

        var (again, _) = await App.PressAsync(Mikkel, card, "agenda.escalate", null, null, ("escalate-forum", "ssp-lokaludvalg"), ("escalate-reason", "Igen"));
        Assert.Contains($"Allerede eskaleret til {StrategicName} af Mikkel Hansen", CardText.Of(again), StringComparison.Ordinal);
        Assert.Equal(1, await App.EscalationCountAsync());
        Assert.Equal(Strategic, (await App.EscalationAsync(EscalationId))!.ToForumId);
    }

    [Theory]
    [InlineData("p-frontline-demo", "da-DK", $"Kun forpersonerne for {FrontlineName} kan ændre dagsordenen under mødet.")]
    [InlineData("p-pernille-skov", "en-GB", $"Only the chairs of {FrontlineName} can change its agenda during the meeting.")]
    public async Task Escalate_ByAMemberOrAChairOfAnotherForum_IsRefused(string personId, string locale, string refusal)
    {
        var card = await App.ItemCardAsync(Frontline, ItemKey, Mikkel);

        var (none, message) = await App.PressAsync(DemoNetwork.Person(personId), card, "agenda.escalate", null, locale, ("escalate-forum", Strategic), ("escalate-reason", Why));

        Assert.Null(none);
        Assert.Equal(refusal, message);
        Assert.Equal(0, await App.EscalationCountAsync());
    }

    [Fact]
    public async Task EscalatedItem_AnsweredByTheStrategicForum_GoesToTheInitiativesContactsAndTheFrontlineChair()
    {
        var card = await App.ItemCardAsync(Frontline, ItemKey, Mikkel);
        await App.PressAsync(Mikkel, card, "agenda.escalate", null, null, ("escalate-forum", Strategic), ("escalate-reason", Why));
        App.FakeTime.SetUtcNow(StrategicJanuary.AddMinutes(5));

        var item = await App.ItemCardAsync(Strategic, EscalationIds.ItemKey(EscalationId), Soeren);
        var (answered, _) = await App.PressAsync(Soeren, item, "escalation.answer", "decision", null, ("escalation-answer-text", "SSP laver planen"));

        Assert.Contains("Det sendes 1:1 til 3 personer", CardText.Of(answered), StringComparison.Ordinal);
        foreach (var person in new[] { "p-frontline-demo", "p-louise-krogh", "p-chair-demo" })
        {
            Assert.NotNull(await App.Outbox.FindAsync($"escalation|{EscalationId}|answer|{person}", CancellationToken.None));
        }
    }

    [Fact]
    public async Task Escalate_AnInitiativesItemWhoseUpdateWasEscalated_SaysSoAndRaisesNoSecond()
    {
        await App.SubmitEscalatedUpdateAsync();
        var card = await App.ItemCardAsync(Frontline, $"initiative:{Initiative}", Mikkel);

        var (again, _) = await App.PressAsync(Mikkel, card, "agenda.escalate", null, null, ("escalate-forum", "ssp-lokaludvalg"), ("escalate-reason", Why));

        Assert.Contains($"Allerede eskaleret til {StrategicName} af Sara Nielsen", CardText.Of(again), StringComparison.Ordinal);
        Assert.Equal(1, await App.EscalationCountAsync());
    }

    private static List<string> UpdateCardsChoices(System.Text.Json.Nodes.JsonObject card) =>
        [.. ForumBot.Tests.Updates.UpdateCards.Input(card, "escalate-forum")["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>())];
}
