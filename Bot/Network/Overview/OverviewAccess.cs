using ForumBot.Cards;
using ForumBot.Localization;
using ForumBot.Network.Access;
using ForumBot.Protocol;

namespace ForumBot.Network.Overview;

/// <summary>
/// The gate in front of every overview command: a registered sender (else the "not registered"
/// card) who may view the network (else a short refusal). Returns null when the turn is answered.
/// </summary>
public static class OverviewAccess
{
    public static async Task<NetworkSender?> RequireViewerAsync(this NetworkIdentity identity, TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(turn);
        if (await identity.RequireRegisteredAsync(turn, cancellationToken) is not { Person: not null } sender)
        {
            return null;
        }

        if (sender.May(NetworkAction.ViewNetwork))
        {
            return sender;
        }

        await turn.SendNoticeAsync(
            turn.Language.Pick("Not available", "Ikke tilgængelig"),
            turn.Language.Pick("Your registration does not give access to the network overview. Ask your administrator.",
                "Din registrering giver ikke adgang til netværksoverblikket. Spørg din administrator."),
            hint: null,
            cancellationToken);
        return null;
    }

    /// <summary>A small card with a heading, a text and an optional hint: the answer when there is no list to show.</summary>
    public static Task SendNoticeAsync(this TurnContext turn, string heading, string text, string? hint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var card = AdaptiveCards.Card(
        [
            AdaptiveCards.TextBlock(heading, size: "Medium", weight: "Bolder"),
            AdaptiveCards.TextBlock(text),
            hint is null ? null : AdaptiveCards.TextBlock(hint, subtle: true),
        ]);
        return turn.SendAsync(MessageFactory.Card(card, heading), cancellationToken);
    }
}
