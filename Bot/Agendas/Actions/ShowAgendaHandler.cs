using ForumBot.Protocol;
using ForumBot.Protocol.Routing;

namespace ForumBot.Agendas.Actions;

/// <summary>"agenda.show": back from an item card to the whole agenda.</summary>
public sealed class ShowAgendaHandler(AgendaItemGate gate, AgendaAnswers answers) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var (scope, refusal) = await gate.OpenAsync(turn, cancellationToken);
        return scope is null ? refusal! : await answers.AgendaAsync(turn, scope, null, cancellationToken);
    }
}
