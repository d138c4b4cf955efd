using ForumBot.Localization;
using ForumBot.Network.Access;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;

namespace ForumBot.Network.Overview;

/// <summary>"who works on &lt;topic&gt;" / "hvem arbejder med &lt;emne&gt;".</summary>
public sealed class WhoWorksOnHandler(NetworkIdentity identity) : ITurnHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await identity.RequireViewerAsync(turn, cancellationToken) is not { } sender)
        {
            return;
        }

        var language = turn.Language;
        var query = turn.Arguments.Trim().Trim('?', ' ');
        var card = query.Length == 0
            ? WhoWorksOnCard.Usage(language, sender.Network)
            : TopicSearch.Find(sender.Network, query) is { Count: > 0 } matches
                ? WhoWorksOnCard.Build(language, sender.Network, query, matches)
                : WhoWorksOnCard.NoMatch(language, sender.Network, query);
        await turn.SendAsync(MessageFactory.Card(card, language.Pick("Who works on …", "Hvem arbejder med …")), cancellationToken);
    }
}
