using ForumBot.Escalations.Model;
using ForumBot.FollowUps.Model;
using ForumBot.FollowUps.Storage;
using ForumBot.Tests.Fixtures;
using static ForumBot.Tests.Escalations.EscalationsTestApp;

namespace ForumBot.Tests.Escalations;

/// <summary>The answer panel on the strategic forum's item: each kind of answer, its required inputs, and who may answer.</summary>
public sealed class EscalationAnswerTests : TestAppLifetime
{
    protected override TestAppOptions Options => EscalationsTestApp.Options();

    private static string ItemKey => EscalationIds.ItemKey(UpdateEscalationId);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await App.SubmitEscalatedUpdateAsync();
        App.FakeTime.SetUtcNow(StrategicJanuary.AddMinutes(20));
    }

    [Theory]
    [InlineData("da-DK", "Skriv, hvorfor det ikke er for dette forum: \"ikke for os\" kræver en begrundelse. Intet er ændret.", "Ikke for os")]
    [InlineData("en-GB", "Say why it is not for this forum: \"not for us\" needs a reason. Nothing was changed.", "Not for us")]
    public async Task NotForUs_NeedsAReason_ThenIsDeclinedAndAnsweredOnTheFrontlineAgenda(string locale, string refusal, string label)
    {
        var card = await App.ItemCardAsync(Strategic, ItemKey, Pernille, ForumBot.Localization.Languages.FromLocale(locale));

        var (none, message) = await App.PressAsync(Pernille, card, "escalation.answer", "not-for-us", locale, ("escalation-answer-text", "  "));

        Assert.Null(none);
        Assert.Equal(refusal, message);
        Assert.Equal(EscalationState.Open, (await App.EscalationAsync(UpdateEscalationId))!.State);

        var (declined, _) = await App.PressAsync(Pernille, card, "escalation.answer", "not-for-us", locale, ("escalation-answer-text", "Hører under jobcentret"));

        Assert.NotNull(declined);
        var escalation = (await App.EscalationAsync(UpdateEscalationId))!;
        Assert.Equal((EscalationState.Declined, EscalationAnswerKind.NotForUs, "Hører under jobcentret"), (escalation.State, escalation.Answer!.Kind, escalation.Answer.Text));
        var frontline = await App.AgendaLinesAsync(Frontline, Mikkel, locale);
        AssertInOrder(frontline, label, "Hører under jobcentret");
        Assert.Contains(frontline, l => l.StartsWith(locale == "da-DK" ? "afvist af Pernille Skov" : "declined by Pernille Skov", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FollowUp_NeedsOwnerAndDueDate_ThenIsAFollowUpOfTheStrategicForumWithTheEscalationAsOrigin()
    {
        var card = await App.ItemCardAsync(Strategic, ItemKey, Pernille);
        const string Text = "Birgitte Lund afklarer en fælles aftale med arbejdsgiverne";

        var (_, noOwner) = await App.PressAsync(Pernille, card, "escalation.answer", "follow-up", null, ("escalation-answer-text", Text));
        var (_, noDue) = await App.PressAsync(Pernille, card, "escalation.answer", "follow-up", null, ("escalation-answer-text", Text),
            ("escalation-answer-owner", "p-birgitte-lund"));
        var (_, passed) = await App.PressAsync(Pernille, card, "escalation.answer", "follow-up", null, ("escalation-answer-text", Text),
            ("escalation-answer-owner", "p-birgitte-lund"), ("escalation-answer-due", "2027-01-01"));
        var (_, outsider) = await App.PressAsync(Pernille, card, "escalation.answer", "follow-up", null, ("escalation-answer-text", Text),
            ("escalation-answer-owner", "p-karen-winding"), ("escalation-answer-due", "2027-02-26"));

        Assert.StartsWith("Vælg opfølgningens ansvarlige fra listen", noOwner, StringComparison.Ordinal);
        Assert.Equal("Giv opfølgningen en frist. Intet er ændret.", noDue);
        Assert.Contains("er allerede passeret", passed, StringComparison.Ordinal);
        Assert.StartsWith("Vælg opfølgningens ansvarlige fra listen", outsider, StringComparison.Ordinal);
        Assert.Equal(EscalationState.Open, (await App.EscalationAsync(UpdateEscalationId))!.State);

        var (answered, _) = await App.PressAsync(Pernille, card, "escalation.answer", "follow-up", null, ("escalation-answer-text", Text),
            ("escalation-answer-owner", "p-birgitte-lund"), ("escalation-answer-due", "2027-02-26"));

        Assert.Contains("Svaret er registreret", CardText.Of(answered), StringComparison.Ordinal);
        var escalation = (await App.EscalationAsync(UpdateEscalationId))!;
        Assert.Equal((EscalationState.Answered, EscalationAnswerKind.FollowUp), (escalation.State, escalation.Answer!.Kind));
        var followUp = (await App.Get<FollowUpStore>().FindAsync(escalation.Answer.FollowUpId!, CancellationToken.None))!.FollowUp;
        Assert.Equal((Strategic, FollowUpOrigin.Escalation, UpdateEscalationId, Text, "p-birgitte-lund", new DateOnly(2027, 2, 26), FollowUpStatus.Open),
            (followUp.ForumId, followUp.Origin, followUp.OriginRef, followUp.Text, followUp.OwnerId, followUp.Due, followUp.Status));

        var frontline = await App.AgendaLinesAsync(Frontline, Mikkel);
        AssertInOrder(frontline, "Svar fra andre fora", $"svar fra {StrategicName}", "Opfølgning", Text, "Ansvarlig", "Birgitte Lund", "Frist", "fredag den 26. februar 2027");
    }

    [Theory]
    [InlineData("p-admin-demo", "en-GB", $"Only the chairs of {StrategicName} can change its agenda during the meeting.")]
    [InlineData("p-chair-demo", "da-DK", $"Kun forpersonerne for {StrategicName} kan ændre dagsordenen under mødet.")]
    public async Task Answer_ByAMemberWhoIsNotChair_OrByAChairOfAnotherForum_IsRefused(string personId, string locale, string refusal)
    {
        var card = await App.ItemCardAsync(Strategic, ItemKey, Pernille);

        var (none, message) = await App.PressAsync(DemoNetwork.Person(personId), card, "escalation.answer", "decision", locale, ("escalation-answer-text", "Vi tager den"));

        Assert.Null(none);
        Assert.Equal(refusal, message);
        Assert.Equal(EscalationState.Open, (await App.EscalationAsync(UpdateEscalationId))!.State);
    }

    [Fact]
    public async Task Answer_NamingAnItemThatIsNoEscalation_IsRefused()
    {
        var card = await App.ItemCardAsync(Strategic, "standing:0", Pernille);
        Assert.DoesNotContain("Besvar eskaleringen", CardText.Of(card), StringComparison.Ordinal);
        var data = Press(await App.ItemCardAsync(Strategic, ItemKey, Pernille), "escalation.answer", "decision", ("escalation-answer-text", "Ja"));
        data["item"] = "standing:0";

        var body = await App.ExecuteAsync(Pernille, "escalation.answer", data);

        Assert.Equal($"Punktet er ikke en eskalering til {StrategicName}, så der er intet at besvare. Intet er ændret.", body["value"]!.GetValue<string>());
        Assert.True(App.Logs.Has(7810));
    }
}
