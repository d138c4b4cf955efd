using ForumBot.Localization;
using ForumBot.Network.Access;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;

namespace ForumBot.Network.Overview;

/// <summary>"overlaps" / "overlap".</summary>
public sealed class OverlapsHandler(NetworkIdentity identity) : ITurnHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await identity.RequireViewerAsync(turn, cancellationToken) is not { } sender)
        {
            return;
        }

        var card = OverlapsCard.Build(turn.Language, sender.Network, OverlapFinder.Find(sender.Network));
        await turn.SendAsync(MessageFactory.Card(card, turn.Language.Pick("Overlapping initiatives", "Overlappende indsatser")), cancellationToken);
    }
}
