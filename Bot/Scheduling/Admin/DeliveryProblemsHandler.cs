using ForumBot.Localization;
using ForumBot.Network.Access;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;
using ForumBot.Scheduling.Outbox;

namespace ForumBot.Scheduling.Admin;

/// <summary>
/// "delivery problems" / "leveringsproblemer" in a 1:1 chat: admins get the card of failed
/// deliveries; other registered people a polite no; unknown senders the "not registered" card.
/// </summary>
public sealed class DeliveryProblemsHandler(NetworkIdentity identity, OutboxStore outbox, IEnumerable<MessageKindLabel> labels) : ITurnHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var language = turn.Language;
        if (!turn.IsPersonalChat)
        {
            await turn.SendAsync(MessageFactory.Text(language.Pick(
                "Delivery problems are shown in a 1:1 chat with me only.",
                "Leveringsproblemer vises kun i en 1:1-chat med mig.")), cancellationToken);
            return;
        }

        if (await identity.RequireRegisteredAsync(turn, cancellationToken) is not { } sender)
        {
            return;
        }

        if (!sender.May(NetworkAction.ViewDeliveryProblems))
        {
            await turn.SendAsync(MessageFactory.Text(language.Pick(
                "Sorry, only administrators can see delivery problems.",
                "Beklager, kun administratorer kan se leveringsproblemer.")), cancellationToken);
            return;
        }

        var (newest, total) = await outbox.FailuresAsync(DeliveryProblemsCard.MaxListed, cancellationToken);
        var card = DeliveryProblemsCard.Build(language, newest, total, sender.Network, labels);
        await turn.SendAsync(MessageFactory.Card(card, language.Pick("Delivery problems", "Leveringsproblemer")), cancellationToken);
    }
}
