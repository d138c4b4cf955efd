using ForumBot.Protocol;
using ForumBot.Protocol.Routing;

namespace ForumBot.Agendas.Actions;

/// <summary>"agenda.item": the item card, with every panel that applies, for the chair who pressed "Open".</summary>
public sealed class OpenItemHandler(AgendaItemGate gate, AgendaItemCards cards) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var (scope, refusal) = await gate.OpenAsync(turn, cancellationToken);
        return scope is null ? refusal! : CardActionResult.ReplaceCard(cards.Build(scope));
    }
}
