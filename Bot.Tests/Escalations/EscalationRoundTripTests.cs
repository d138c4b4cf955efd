using ForumBot.Escalations.Model;
using ForumBot.Localization;
using ForumBot.Scheduling;
using ForumBot.Tests.Fixtures;
using static ForumBot.Tests.Escalations.EscalationsTestApp;

namespace ForumBot.Tests.Escalations;

/// <summary>
/// The round trip of issue 11: an update escalated from the frontline forum (Fritidsjobnetværket)
/// to the strategic forum is on the strategic forum's agenda with its origin; a chair answers it
/// from the item card; the answer reaches the initiative's contacts and the frontline chairs 1:1,
/// in their language, and is on the frontline forum's next agenda as "answer from …".
/// </summary>
public sealed class EscalationRoundTripTests : TestAppLifetime
{
    private const string Decision = "Styregruppen indkalder arbejdsgiverne til et fælles møde i februar";

    protected override TestAppOptions Options => EscalationsTestApp.Options();

    [Fact]
    public async Task EscalatedUpdate_IsOnTheStrategicAgendaWithItsOrigin_ReasonForTheForumOnly()
    {
        await App.SubmitEscalatedUpdateAsync();

        var escalation = await App.EscalationAsync(UpdateEscalationId);
        Assert.NotNull(escalation);
        Assert.Equal((Frontline, Strategic, EscalationState.Open, EscalationOriginKind.Update, Initiative, Reason),
            (escalation.FromForumId, escalation.ToForumId, escalation.State, escalation.OriginKind, escalation.InitiativeId, escalation.Reason));

        var chair = await App.AgendaLinesAsync(Strategic, Pernille);
        AssertInOrder(chair, $"Dagsorden: {StrategicName}", "Eskaleret til forummet", $"4. {InitiativeName}",
            $"Eskaleret af {FrontlineName} fra opdateringen om {InitiativeName}", "Begrundelse", Reason, "Status", "åben siden 24. november 2026");

        var member = await App.AgendaLinesAsync(Strategic, Oliver);
        AssertInOrder(member, "Escalated to this forum", $"4. {InitiativeName}", $"Escalated by {FrontlineName} from the update on {InitiativeName}",
            "Reason", Reason, "Status", "open since 24 November 2026");

        // Rasmus Dahl is an admin outside the strategic forum: he sees where it came from, never the reason.
        var outsider = await App.AgendaLinesAsync(Strategic, DemoNetwork.Person("p-rasmus-dahl"));
        Assert.Contains($"Eskaleret af {FrontlineName} fra opdateringen om {InitiativeName}", outsider);
        Assert.DoesNotContain(outsider, l => l.Contains(Reason, StringComparison.Ordinal));

        // Not on the frontline forum's own agenda as an escalation (it is theirs to wait for).
        Assert.DoesNotContain("Eskaleret til forummet", await App.AgendaLinesAsync(Frontline, Mikkel));
    }

    [Fact]
    public async Task ChairAnswersFromTheItemCard_AnswerGoes1To1ToContactsAndChairs_AndOnTheFrontlinesNextAgenda()
    {
        await App.SubmitEscalatedUpdateAsync();
        App.FakeTime.SetUtcNow(StrategicJanuary.AddMinutes(10));
        await App.SayAsync(DemoNetwork.Camilla, "help", "en-GB");
        await App.SeedTenantAsync(App.Connector.ServiceUrl);
        var itemKey = EscalationIds.ItemKey(UpdateEscalationId);

        var item = await App.ItemCardAsync(Strategic, itemKey, Pernille);
        var text = CardText.Of(item);
        Assert.Contains("Besvar eskaleringen", text, StringComparison.Ordinal);
        Assert.Contains("Eskalér til et andet forum", text, StringComparison.Ordinal);
        Assert.Equal(3, Fixtures.CardText.Of(item).Split('\n').Count(l => l is "Registrér beslutning" or "Opret opfølgning" or "Ikke for os"));

        var (answered, _) = await App.PressAsync(Pernille, item, "escalation.answer", "decision", null, ("escalation-answer-text", Decision));

        var answeredText = CardText.Of(answered);
        Assert.Contains("Svaret er registreret. Det sendes 1:1 til 3 personer", answeredText, StringComparison.Ordinal);
        Assert.Contains("Besvaret ✓", answeredText, StringComparison.Ordinal);
        Assert.Contains($"Beslutning: {Decision}", answeredText, StringComparison.Ordinal);
        var escalation = (await App.EscalationAsync(UpdateEscalationId))!;
        Assert.Equal((EscalationState.Answered, EscalationAnswerKind.Decision, "p-pernille-skov", StrategicJanuaryId, true),
            (escalation.State, escalation.Answer!.Kind, escalation.Answer.AnsweredBy, escalation.Answer.MeetingId, escalation.Notified));

        // 1:1 through the outbox: the initiative's contacts (Sara, Camilla) and the frontline forum's chair (Mikkel).
        foreach (var person in new[] { DemoNetwork.Sara, DemoNetwork.Camilla, Mikkel })
        {
            var entry = await App.Outbox.FindAsync($"escalation|{UpdateEscalationId}|answer|{person.Id}", CancellationToken.None);
            Assert.NotNull(entry);
            Assert.Equal(("escalation-answer", new MessageTarget.Person(person.AadObjectId)), (entry.Kind, entry.Target));
        }

        var before = App.Connector.Requests.Count;
        await App.DispatchAsync();
        var sent = App.Connector.Requests.Skip(before).Where(r => r.Method == "POST" && r.Path.EndsWith("/activities", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, sent.Count);
        var cards = sent.Select(r => CardText.Of(r.Body!["attachments"]![0]!["content"]).Split('\n')).ToList();

        // Sara and Mikkel read Danish; Camilla last wrote to the bot in English.
        var danish = cards.Where(c => c[0].StartsWith("Svar fra", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, danish.Count);
        AssertInOrder(danish[0], $"Svar fra {StrategicName}", InitiativeName, $"Eskaleret af {FrontlineName} den 24. november 2026.", "Beslutning", Decision, "Besvaret af");
        var english = Assert.Single(cards, c => c[0].StartsWith("Answer from", StringComparison.Ordinal));
        AssertInOrder(english, $"Answer from {StrategicName}", InitiativeName, $"Escalated by {FrontlineName} on 24 November 2026.", "Decision", Decision, "Answered by");

        // On the frontline forum's next agenda (2 February 2027) as "answer from" the strategic forum.
        var frontline = await App.AgendaLinesAsync(Frontline, Mikkel);
        AssertInOrder(frontline, $"Dagsorden: {FrontlineName}", "Svar fra andre fora", $"4. {InitiativeName}", $"svar fra {StrategicName}", "Beslutning", Decision, "Status");
        Assert.Contains(frontline, l => l.StartsWith("besvaret af Pernille Skov, torsdag den 14. januar 2027", StringComparison.Ordinal));

        // On the strategic forum's agenda of this meeting it stays, answered; the next one is free of it.
        var strategic = await App.AgendaLinesAsync(Strategic, Soeren);
        Assert.Contains(strategic, l => l.StartsWith("besvaret af Pernille Skov", StringComparison.Ordinal));
        Assert.True(App.Logs.Has(7803) && App.Logs.Has(7805));
    }

    [Fact]
    public async Task TwoChairsAnswerAtOnce_OneWins_TheOtherIsToldWhoAnsweredAndWhen()
    {
        await App.SubmitEscalatedUpdateAsync();
        App.FakeTime.SetUtcNow(StrategicJanuary.AddMinutes(14));
        var itemKey = EscalationIds.ItemKey(UpdateEscalationId);
        var card = await App.ItemCardAsync(Strategic, itemKey, Pernille);

        var presses = await Task.WhenAll(
            App.PressAsync(Pernille, card, "escalation.answer", "decision", null, ("escalation-answer-text", "Pernilles svar")),
            App.PressAsync(Soeren, card, "escalation.answer", "decision", "en-GB", ("escalation-answer-text", "Søren's answer")));

        var escalation = (await App.EscalationAsync(UpdateEscalationId))!;
        var winner = escalation.Answer!.AnsweredBy == "p-pernille-skov" ? 0 : 1;
        Assert.Equal(winner == 0 ? "Pernilles svar" : "Søren's answer", escalation.Answer.Text);
        var loser = CardText.Of(presses[1 - winner].Card);
        Assert.Contains(winner == 0 ? "Pernille Skov answered it at 14:14. Your answer was not saved." : "Søren Iversen besvarede den kl. 14.14. Dit svar er ikke gemt.",
            loser, StringComparison.Ordinal);
        Assert.Contains(winner == 0 ? "Pernilles svar" : "Søren's answer", loser, StringComparison.Ordinal);

        // A press on the stale card afterwards is told the same, and changes nothing.
        var (late, _) = await App.PressAsync(Soeren, card, "escalation.answer", "not-for-us", "en-GB", ("escalation-answer-text", "Ikke vores bord"));
        Assert.Contains("answered it at 14:14", CardText.Of(late), StringComparison.Ordinal);
        Assert.Equal(EscalationState.Answered, (await App.EscalationAsync(UpdateEscalationId))!.State);
    }
}
