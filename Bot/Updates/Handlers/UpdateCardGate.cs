using ForumBot.Localization;
using ForumBot.Network;
using ForumBot.Network.Access;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;
using ForumBot.Updates.Cards;
using ForumBot.Updates.Storage;

namespace ForumBot.Updates.Handlers;

/// <summary>A card action that passed the gate: who acts, on which request, with what the card will show.</summary>
public sealed record UpdateCardScope(Person Person, RequestRow Request, UpdateCardContext Context);

/// <summary>
/// What every update card action goes through first. The posted data must name a request
/// ForumBot recorded for the sender, and name the same forum, meeting and initiative as that
/// request (a payload edited to point elsewhere is refused and logged, without its text); the
/// sender must still be allowed to submit for the initiative (its contacts and its forums' chairs).
/// </summary>
public sealed class UpdateCardGate(NetworkIdentity identity, RequestStore requests, ILogger<UpdateCardGate> logger)
{
    public async Task<(UpdateCardScope? Scope, CardActionResult? Refusal)> OpenAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var language = turn.Language;
        if (UpdateCardData.From(turn.ActionData) is not { } data)
        {
            UpdatesLog.MalformedCard(logger, turn.CorrelationId);
            return Refuse(language.Pick("This card can no longer be used. Nothing was saved.", "Dette kort kan ikke længere bruges. Intet er gemt."));
        }

        var sender = await identity.ResolveAsync(turn, cancellationToken);
        if (sender.Person is not { } person)
        {
            return Refuse(language.Pick(
                "You are not registered in the ForumBot network, so nothing was saved. Ask your administrator to add you.",
                "Du er ikke registreret i ForumBots netværk, så intet er gemt. Bed din administrator om at tilføje dig."));
        }

        var request = await requests.FindAsync(person.Id, data.RequestId, cancellationToken);
        if (request is null || request.ForumId != data.ForumId || request.MeetingId != data.MeetingId || request.InitiativeId != data.InitiativeId)
        {
            UpdatesLog.ForgedCard(logger, person.Id, LoggableId(data.RequestId));
            return Refuse(language.Pick(
                "This card does not match an update request ForumBot sent you, so nothing was saved.",
                "Dette kort svarer ikke til en opdateringsanmodning, ForumBot har sendt dig, så intet er gemt."));
        }

        var network = sender.Network;
        if (network.FindInitiative(request.InitiativeId) is not { } initiative || network.FindForum(request.ForumId) is not { } forum
            || !initiative.Forums.Contains(forum.Id, StringComparer.Ordinal))
        {
            return Refuse(language.Pick(
                "This initiative no longer reports to this forum in the network, so the update cannot be saved.",
                "Indsatsen rapporterer ikke længere til dette forum i netværket, så opdateringen kan ikke gemmes."));
        }

        if (!sender.May(NetworkAction.SubmitUpdate, initiative.Id))
        {
            UpdatesLog.NotAuthorized(logger, person.Id, initiative.Id);
            return Refuse(language.Pick(
                $"Only the contacts of {initiative.Name} and the chairs of its forums can change its update.",
                $"Kun kontaktpersonerne for {initiative.Name} og formændene for dens fora kan ændre dens opdatering."));
        }

        var context = new UpdateCardContext(language, network, forum, initiative, request.MeetingStart, request.DeadlineAt, data);
        return (new UpdateCardScope(person, request, context), null);
    }

    private static (UpdateCardScope?, CardActionResult?) Refuse(string message) => (null, CardActionResult.ShowMessage(message));

    // The request id comes from the (possibly forged) card: log it only when it looks like one of ours.
    private static string LoggableId(string requestId) =>
        requestId.Length <= 200 && requestId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '|') ? requestId : "(not a request id)";
}
