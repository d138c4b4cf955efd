using System.Text.Json.Nodes;
using ForumBot.Agendas.Actions;
using ForumBot.Cards;
using ForumBot.Escalations.Agenda;
using ForumBot.Escalations.Model;
using ForumBot.Escalations.Storage;
using ForumBot.FollowUps.Access;

namespace ForumBot.Escalations.Actions;

/// <summary>
/// The answer to an escalation, on its item ("escalation:&lt;id&gt;") of the receiving forum's
/// agenda: one text, and three buttons for the three kinds of answer (a decision; a follow-up of
/// this forum, which also needs an owner and a due date; "not for us", whose text is the reason).
/// An answered escalation shows no form: its answer is in the item's facts above.
/// </summary>
public sealed class AnswerPanel : IAgendaItemPanel
{
    public const string Verb = "escalation.answer";
    public const string TextInput = "escalation-answer-text";
    public const string OwnerInput = "escalation-answer-owner";
    public const string DueInput = "escalation-answer-due";

    /// <summary>The data field that says which button was pressed (not an input id, so no input can collide with it).</summary>
    public const string KindField = "escalationAnswer";

    public int Order => 50;

    public bool AppliesTo(AgendaItemScope scope) => scope is not null && EscalationIds.FromItemKey(scope.Item.Item.Key) is not null;

    public IEnumerable<JsonNode> Build(AgendaItemScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (EscalationItems.IsAnswered(scope.Item.Item))
        {
            yield return AdaptiveCards.TextBlock(scope.Pick(
                "Answered ✓: the answer went to the forum that escalated it and to the initiative's contacts.",
                "Besvaret ✓: svaret er sendt til forummet, der eskalerede det, og til indsatsens kontaktpersoner."), subtle: true);
            yield break;
        }

        var owners = FollowUpAccess.PossibleOwners(scope.Network, scope.Forum).Select(p => (p.Name, p.Id));
        yield return AdaptiveCards.TextBlock(scope.Pick("Answer the escalation", "Besvar eskaleringen"), weight: "Bolder");
        yield return AdaptiveCards.TextBlock(scope.Pick(
            "Write the decision, what is to be followed up, or why it is not for this forum. The answer goes to the forum that escalated it and to the initiative's contacts.",
            "Skriv beslutningen, hvad der skal følges op på, eller hvorfor det ikke er for dette forum. Svaret går til forummet, der eskalerede det, og til indsatsens kontaktpersoner."), subtle: true);
        yield return AdaptiveCards.TextInput(TextInput, scope.Pick("Answer", "Svar"), string.Empty, Escalation.MaxAnswerLength, multiline: true);
        yield return AdaptiveCards.ChoiceInput(OwnerInput, scope.Pick("Owner (for a follow-up)", "Ansvarlig (for en opfølgning)"), owners, string.Empty, "compact",
            placeholder: scope.Pick("Choose the owner", "Vælg den ansvarlige"));
        yield return AdaptiveCards.DateInput(DueInput, scope.Pick("Due (for a follow-up)", "Frist (for en opfølgning)"), string.Empty, string.Empty);
        yield return AdaptiveCards.ActionSet(
        [
            Button(scope, scope.Pick("Record decision", "Registrér beslutning"), EscalationAnswerKind.Decision, "positive"),
            Button(scope, scope.Pick("Create follow-up", "Opret opfølgning"), EscalationAnswerKind.FollowUp, null),
            Button(scope, scope.Pick("Not for us", "Ikke for os"), EscalationAnswerKind.NotForUs, null),
        ]);
    }

    private static JsonObject Button(AgendaItemScope scope, string title, EscalationAnswerKind kind, string? style) =>
        AdaptiveCards.ExecuteAction(title, Verb, scope.Data.ToJson(Verb, new JsonObject { [KindField] = EscalationKeys.Word(kind) }), style);
}
