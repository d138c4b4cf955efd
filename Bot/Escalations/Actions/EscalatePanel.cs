using System.Text.Json.Nodes;
using ForumBot.Agendas.Actions;
using ForumBot.Cards;
using ForumBot.Escalations.Model;

namespace ForumBot.Escalations.Actions;

/// <summary>
/// "Escalate" on any item of the agenda a chair opens: the forum to hand it to (every other forum
/// of the network) and why; once escalated, a line saying so instead.
/// </summary>
public sealed class EscalatePanel : IAgendaItemPanel
{
    public const string Verb = "agenda.escalate";
    public const string ForumInput = "escalate-forum";
    public const string ReasonInput = "escalate-reason";

    public int Order => 300;

    public bool AppliesTo(AgendaItemScope scope) => scope is not null;

    public IEnumerable<JsonNode> Build(AgendaItemScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Mark.EscalationId is not null)
        {
            yield return AdaptiveCards.TextBlock(scope.Pick(
                "Escalated ✓: the item is on the agenda of the forum it went to, and the answer comes back to this forum's agenda.",
                "Eskaleret ✓: punktet er på dagsordenen i det forum, det blev sendt til, og svaret kommer tilbage på dette forums dagsorden."), subtle: true);
            yield break;
        }

        var forums = scope.Network.Forums.Where(f => f.Id != scope.Forum.Id).Select(f => (f.Name, f.Id)).ToList();
        yield return AdaptiveCards.TextBlock(scope.Pick("Escalate to another forum", "Eskalér til et andet forum"), weight: "Bolder");
        // Not marked required: a client validates every input of the card before any of its actions,
        // so a required forum here would block "Add follow-up" and "Save decision" too. The handler checks it.
        yield return AdaptiveCards.ChoiceInput(ForumInput, scope.Pick("Forum", "Forum"), forums, string.Empty, "compact",
            placeholder: scope.Pick("Choose a forum", "Vælg et forum"));
        yield return AdaptiveCards.TextInput(ReasonInput, scope.Pick("Why should that forum take it up?", "Hvorfor skal det forum tage det op?"),
            string.Empty, Escalation.MaxReasonLength, multiline: true);
        yield return AdaptiveCards.ActionSet([AdaptiveCards.ExecuteAction(scope.Pick("Escalate", "Eskalér"), Verb, scope.Data.ToJson(Verb))]);
    }
}
