using ForumBot.Localization;
using ForumBot.Network;
using ForumBot.Network.Access;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;
using ForumBot.Updates.Cards;
using ForumBot.Updates.Cycles;

namespace ForumBot.Updates.Handlers;

/// <summary>A card action that passed the gate: who acts, for which meeting cycle, with what the card will show.</summary>
public sealed record UpdateCardScope(Person Person, MeetingCycle Cycle, UpdateCardContext Context)
{
    public string InitiativeId => Context.Initiative.Id;
}

/// <summary>
/// What every update card action goes through first. Stateless: nothing was recorded when the
/// request went out, so the card's data must prove itself against the network and the calendar.
/// It must name the sender as the person it was sent to, carry the request key its forum,
/// meeting, initiative and person give, and name a real meeting of that forum whose request has
/// gone out (a payload edited to point elsewhere is refused and logged, without its text); the
/// initiative must report to the forum, and the sender must be allowed to submit for it (its
/// contacts and its forums' chairs).
/// </summary>
public sealed class UpdateCardGate(NetworkIdentity identity, TimeProvider time, ILogger<UpdateCardGate> logger)
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

        if (data.PersonId != person.Id || !data.KeyMatches)
        {
            return Forged(language, person, data);
        }

        var network = sender.Network;
        if (network.FindInitiative(data.InitiativeId) is not { } initiative || network.FindForum(data.ForumId) is not { } forum
            || !initiative.Forums.Contains(forum.Id, StringComparer.Ordinal))
        {
            return Refuse(language.Pick(
                "This initiative no longer reports to this forum in the network, so the update cannot be saved.",
                "Indsatsen rapporterer ikke længere til dette forum i netværket, så opdateringen kan ikke gemmes."));
        }

        // A meeting the forum's cadence does not have, or whose request has not gone out yet, was never asked for.
        if (UpdateCycles.Find(forum, network.TimeZone, data.MeetingId) is not { } cycle || time.GetUtcNow() < cycle.PromptAt)
        {
            return Forged(language, person, data);
        }

        if (!sender.May(NetworkAction.SubmitUpdate, initiative.Id))
        {
            UpdatesLog.NotAuthorized(logger, person.Id, initiative.Id);
            return Refuse(language.Pick(
                $"Only the contacts of {initiative.Name} and the chairs of its forums can change its update.",
                $"Kun kontaktpersonerne for {initiative.Name} og forpersonerne for dens fora kan ændre dens opdatering."));
        }

        var context = new UpdateCardContext(language, network, forum, initiative, cycle.MeetingStart, cycle.DeadlineAt, data);
        return (new UpdateCardScope(person, cycle, context), null);
    }

    private (UpdateCardScope?, CardActionResult?) Forged(Language language, Person person, UpdateCardData data)
    {
        UpdatesLog.ForgedCard(logger, person.Id, LoggableId(data.RequestId));
        return Refuse(language.Pick(
            "This card does not match an update request ForumBot sent you, so nothing was saved.",
            "Dette kort svarer ikke til en opdateringsanmodning, ForumBot har sendt dig, så intet er gemt."));
    }

    private static (UpdateCardScope?, CardActionResult?) Refuse(string message) => (null, CardActionResult.ShowMessage(message));

    // The request id comes from the (possibly forged) card: log it only when it looks like one of ours.
    private static string LoggableId(string requestId) =>
        requestId.Length <= 200 && requestId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '|') ? requestId : "(not a request id)";
}
