using ForumBot.Tests.Fixtures;
using static ForumBot.Tests.Escalations.EscalationsTestApp;

namespace ForumBot.Tests.Escalations;

/// <summary>
/// An escalation the strategic forum leaves open through two of its meetings (14 January and
/// 8 April 2027) is flagged on its agenda of the third (8 July) and on the frontline forum's
/// agenda; before that neither agenda flags it.
/// </summary>
public sealed class EscalationFlagTests : TestAppLifetime
{
    protected override TestAppOptions Options => EscalationsTestApp.Options();

    [Fact]
    public async Task OpenThroughTwoOfTheReceivingForumsMeetings_IsFlaggedOnBothAgendas_InDanishAndEnglish()
    {
        await App.SubmitEscalatedUpdateAsync();

        // 1 April 2027: the strategic forum's next meeting is 8 April; it has met once (14 January) since.
        App.FakeTime.SetUtcNow(StrategicApril.AddDays(-7));
        var april = await App.AgendaLinesAsync(Strategic, Pernille);
        Assert.Contains("åben siden 24. november 2026", april);
        Assert.DoesNotContain(april, l => l.Contains('⚠', StringComparison.Ordinal));
        Assert.DoesNotContain("Svar fra andre fora", await App.AgendaLinesAsync(Frontline, Mikkel));

        // 9 April 2027: the April meeting is over, the escalation still open; the next agenda is 8 July's.
        App.FakeTime.SetUtcNow(StrategicApril.AddDays(1));
        var july = await App.AgendaLinesAsync(Strategic, Pernille);
        AssertInOrder(july, $"Dagsorden: {StrategicName}", "Møde torsdag den 8. juli 2027 kl. 14.00", "Eskaleret til forummet", $"4. {InitiativeName}",
            "Status", "åben siden 24. november 2026 · ⚠ åben i mere end to møder");
        var julyEnglish = await App.AgendaLinesAsync(Strategic, Oliver);
        Assert.Contains("open since 24 November 2026 · ⚠ open for more than two meetings", julyEnglish);

        var frontline = await App.AgendaLinesAsync(Frontline, Mikkel);
        AssertInOrder(frontline, "Møde tirsdag den 4. maj 2027 kl. 09.00", "Svar fra andre fora", $"4. {InitiativeName}", $"endnu intet svar fra {StrategicName}",
            "Status", "åben siden 24. november 2026 · ⚠ åben i mere end to møder");
        var frontlineEnglish = await App.AgendaLinesAsync(Frontline, Mikkel, "en-GB");
        AssertInOrder(frontlineEnglish, "Answers from other forums", $"no answer yet from {StrategicName}", "open since 24 November 2026 · ⚠ open for more than two meetings");
    }
}
