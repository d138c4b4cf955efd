using ForumBot.Agendas.Meetings;
using ForumBot.Cards;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;

namespace ForumBot.Agendas.Actions;

/// <summary>"agenda.remove": a chair takes a member's proposal off the agenda (marked removed; the proposal itself stays stored). Answers with the agenda.</summary>
public sealed class RemoveProposalHandler(AgendaItemGate gate, MeetingStore meetings, AgendaAnswers answers, TimeProvider time, ILogger<RemoveProposalHandler> logger)
    : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var (scope, refusal) = await gate.OpenAsync(turn, cancellationToken);
        if (scope is null)
        {
            return refusal!;
        }

        if (!DecisionPanel.IsProposal(scope.Item.Item.Key))
        {
            AgendasLog.RemoveNotProposal(logger, scope.Forum.Id);
            return CardActionResult.ShowMessage(ActionTexts.OnlyProposals(scope.Language));
        }

        var now = time.GetUtcNow();
        await meetings.MarkItemAsync(scope.Forum.Id, scope.Meeting.MeetingId, scope.Item.Item.Key,
            mark => mark.Removed ? mark : mark with { Removed = true, RemovedBy = scope.Person.Id, RemovedAt = now }, cancellationToken);
        AgendasLog.ProposalRemoved(logger, scope.Forum.Id, scope.Meeting.MeetingId, scope.Person.Id);
        var note = new CardNote(ActionTexts.Removed(scope.Language, scope.Item.Item.Title.In(scope.Language)), "Good");
        return await answers.AgendaAsync(turn, scope, note, cancellationToken);
    }
}
