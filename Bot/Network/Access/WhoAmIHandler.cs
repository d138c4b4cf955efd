using ForumBot.Localization;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;

namespace ForumBot.Network.Access;

/// <summary>Answers "who am i" / "hvem er jeg": the sender's registration, or the "not registered" card.</summary>
public sealed class WhoAmIHandler(NetworkIdentity identity) : ITurnHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await identity.RequireRegisteredAsync(turn, cancellationToken) is not { Person: { } person } sender)
        {
            return;
        }

        var card = WhoAmICard.Build(turn.Language, person, sender.Network);
        await turn.SendAsync(MessageFactory.Card(card, turn.Language.Pick("Who am I", "Hvem er jeg")), cancellationToken);
    }
}
