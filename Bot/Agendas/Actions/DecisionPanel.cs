using System.Text.Json.Nodes;
using ForumBot.Agendas.Meetings;
using ForumBot.Cards;
using ForumBot.Privacy;

namespace ForumBot.Agendas.Actions;

/// <summary>
/// Agendas' own part of the item card (first, order 100): the decision text with "Save decision",
/// and for a member's proposal "Remove from the agenda".
/// </summary>
public sealed class DecisionPanel : IAgendaItemPanel
{
    public const string InputId = "agendaDecision";

    public int Order => 100;

    public bool AppliesTo(AgendaItemScope scope) => true;

    public IEnumerable<JsonNode> Build(AgendaItemScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var value = CprGuard.Redact(scope.Form.Value(InputId, scope.Mark.Decision));
        yield return AdaptiveCards.TextInput(InputId, scope.Pick("Decision", "Beslutning"), value, ItemMark.MaxDecisionLength, multiline: true,
            scope.Pick("What did the forum decide?", "Hvad besluttede forummet?"));
        if (scope.Form.Error(InputId) is { } error)
        {
            yield return AdaptiveCards.FieldError(error);
        }

        var actions = new JsonArray(AdaptiveCards.ExecuteAction(scope.Pick("Save decision", "Gem beslutning"), AgendaVerbs.Decision, scope.Data.ToJson(AgendaVerbs.Decision), "positive"));
        if (IsProposal(scope.Item.Item.Key))
        {
            actions.Add(AdaptiveCards.ExecuteAction(scope.Pick("Remove from the agenda", "Fjern fra dagsordenen"), AgendaVerbs.Remove, scope.Data.ToJson(AgendaVerbs.Remove), "destructive"));
        }

        yield return new JsonObject { ["type"] = "ActionSet", ["actions"] = actions };
    }

    /// <summary>Only what a member proposed can be taken off the agenda; everything else comes from the network or a feature's own state.</summary>
    public static bool IsProposal(string itemKey) => itemKey.StartsWith("proposal:", StringComparison.Ordinal);
}
