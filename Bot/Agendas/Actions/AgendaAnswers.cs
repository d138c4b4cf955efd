using ForumBot.Agendas.Cards;
using ForumBot.Agendas.Composition;
using ForumBot.Cards;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;

namespace ForumBot.Agendas.Actions;

/// <summary>
/// The agenda card an item action answers with, composed again so it shows what was just saved
/// (and whatever another chair saved meanwhile). Pressed in a channel it is the shared view, as
/// the posted card is; in a 1:1 the presser's own (a chair's: only chairs pass the gate).
/// </summary>
public sealed class AgendaAnswers(AgendaDrafts drafts)
{
    public async Task<CardActionResult> AgendaAsync(TurnContext turn, AgendaItemScope scope, CardNote? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(scope);
        var agenda = await drafts.DraftAsync(scope.Network, scope.Forum, scope.Meeting, cancellationToken);
        var shared = !turn.IsPersonalChat;
        var viewer = shared ? AgendaViewer.Outsider : AgendaViewers.Of(scope.Forum, scope.Person);
        return CardActionResult.ReplaceCard(AgendaCard.Build(scope.Language, agenda, viewer, scope.Network.TimeZone, shared, note: note));
    }
}
