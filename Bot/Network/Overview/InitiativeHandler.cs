using ForumBot.Localization;
using ForumBot.Network.Access;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;

namespace ForumBot.Network.Overview;

/// <summary>"initiative &lt;name or id&gt;" / "indsats &lt;navn eller id&gt;".</summary>
public sealed class InitiativeHandler(NetworkIdentity identity) : ITurnHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await identity.RequireViewerAsync(turn, cancellationToken) is not { } sender)
        {
            return;
        }

        var language = turn.Language;
        var network = sender.Network;
        var query = turn.Arguments.Trim();
        var card = NameMatch.IsBlank(query)
            ? InitiativeCard.Usage(language, network)
            : NameMatch.Initiatives(network.Initiatives, query) switch
            {
                [var one] => InitiativeCard.Build(language, network, one),
                [] => InitiativeCard.NotFound(language, network, query),
                var several => InitiativeCard.Choose(language, network, query, several),
            };
        await turn.SendAsync(MessageFactory.Card(card, language.Pick("Initiative", "Indsats")), cancellationToken);
    }
}
