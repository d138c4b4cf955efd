using ForumBot.Agendas.Meetings;
using ForumBot.Cards;
using ForumBot.Privacy;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;

namespace ForumBot.Agendas.Actions;

/// <summary>
/// "agenda.decision": saves the decision panel's text on the item (an empty text clears it). A
/// text with a CPR number or over the limit is not saved: the item card comes back with the text
/// (the number redacted) and the reason right under the field.
/// </summary>
public sealed class DecisionHandler(AgendaItemGate gate, MeetingStore meetings, AgendaItemCards cards, TimeProvider time, ILogger<DecisionHandler> logger)
    : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (scope, refusal) = await gate.OpenAsync(turn, cancellationToken);
        if (scope is null)
        {
            return refusal!;
        }

        var language = scope.Language;
        var text = AgendaItemForm.Posted(turn.ActionData, DecisionPanel.InputId);
        string? problem = null;
        if (CprGuard.ContainsCpr(text))
        {
            AgendasLog.DecisionRefused(logger, scope.Forum.Id, scope.Meeting.MeetingId, "CPR-like number");
            problem = ActionTexts.CprInField(language);
            text = CprGuard.Redact(text);
        }
        else if (text.Length > ItemMark.MaxDecisionLength)
        {
            AgendasLog.DecisionRefused(logger, scope.Forum.Id, scope.Meeting.MeetingId, "too long");
            problem = ActionTexts.TooLong(language, ItemMark.MaxDecisionLength, text.Length);
        }

        if (problem is not null)
        {
            var again = scope with { Form = AgendaItemForm.Refused(DecisionPanel.InputId, text, problem) };
            return CardActionResult.ReplaceCard(cards.Build(again, new CardNote(ActionTexts.NotSaved(language), "Attention")));
        }

        var now = time.GetUtcNow();
        var decision = text.Length == 0 ? null : text;
        var saved = await meetings.MarkItemAsync(scope.Forum.Id, scope.Meeting.MeetingId, scope.Item.Item.Key,
            mark => mark with { Decision = decision, DecidedBy = decision is null ? null : scope.Person.Id, DecidedAt = decision is null ? null : now },
            cancellationToken);
        AgendasLog.DecisionSaved(logger, scope.Forum.Id, scope.Meeting.MeetingId, scope.Person.Id, text.Length);
        var note = new CardNote(decision is null ? ActionTexts.DecisionCleared(language) : ActionTexts.DecisionSaved(language), "Good");
        return CardActionResult.ReplaceCard(cards.Build(scope with { Record = scope.Record.With(saved) }, note));
    }
}
