using ForumBot.Localization;
using ForumBot.Network.Access;
using ForumBot.Network.Channels;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;

namespace ForumBot.Network.Overview;

/// <summary>"forums" / "fora": the network's forums and when each meets next.</summary>
public sealed class ForumsHandler(NetworkIdentity identity, ForumChannels channels, TimeProvider time) : ITurnHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await identity.RequireViewerAsync(turn, cancellationToken) is not { } sender)
        {
            return;
        }

        var links = await channels.GetAllLinksAsync(cancellationToken);
        var card = ForumsCard.Build(turn.Language, sender.Network, time.GetUtcNow(), links);
        await turn.SendAsync(MessageFactory.Card(card, turn.Language.Pick("Forums", "Fora")), cancellationToken);
    }
}
