using ForumBot.FollowUps.Access;
using ForumBot.FollowUps.Cards;
using ForumBot.FollowUps.Model;
using ForumBot.FollowUps.Storage;
using ForumBot.Localization;
using ForumBot.Network;
using ForumBot.Network.Access;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;

namespace ForumBot.FollowUps.Actions;

/// <summary>Whose buttons: the owner's card (owner and chairs may press) or a chair's proposal card (chairs only).</summary>
public enum FollowUpCardRole
{
    Owner,
    Chair,
}

/// <summary>A follow-up card action that passed the gate: who pressed, the follow-up as stored now and its history.</summary>
public sealed record FollowUpCardScope(Person Person, NetworkSnapshot Network, Forum Forum, StoredFollowUp Stored, IReadOnlyList<FollowUpChange> History,
    FollowUpCardData Data, Language Language, DateTimeOffset Now)
{
    public FollowUp FollowUp => Stored.FollowUp;

    public FollowUpChange? LastChange => History.Count > 0 ? History[^1] : null;

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, Network.TimeZone).DateTime);

    /// <summary>The owner's card for the presser as the follow-up stands.</summary>
    public FollowUpCardView View => FollowUpCardView.Of(Language, Network, FollowUp, History, Today, Person.Id);
}

/// <summary>
/// What every follow-up card action goes through first. Nothing is recorded when a card goes out,
/// so the data must prove itself: it must name the presser as the person the card was sent to and
/// a follow-up that exists, and the presser must be allowed on that follow-up now: its owner or a
/// chair of its forum (<see cref="FollowUpAccess.MayChange"/>) for the owner's card, a chair for a
/// proposal card (<see cref="FollowUpAccess.MayChangeDueDate"/>). A payload edited to name another follow-up is refused by the same checks.
/// </summary>
public sealed class FollowUpCardGate(NetworkIdentity identity, FollowUpStore store, TimeProvider time, ILogger<FollowUpCardGate> logger)
{
    public async Task<(FollowUpCardScope? Scope, CardActionResult? Refusal)> OpenAsync(TurnContext turn, FollowUpCardRole role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var language = turn.Language;
        if (FollowUpCardData.From(turn.ActionData) is not { } data)
        {
            FollowUpsLog.MalformedCard(logger, turn.CorrelationId);
            return Refuse(language.Pick("This card can no longer be used. Nothing was saved.", "Dette kort kan ikke længere bruges. Intet er gemt."));
        }

        var sender = await identity.ResolveAsync(turn, cancellationToken);
        if (sender.Person is not { } person)
        {
            return Refuse(language.Pick(
                "You are not registered in the ForumBot network, so nothing was saved. Ask your administrator to add you.",
                "Du er ikke registreret i ForumBots netværk, så intet er gemt. Bed din administrator om at tilføje dig."));
        }

        if (data.PersonId != person.Id)
        {
            FollowUpsLog.ForgedCard(logger, person.Id, data.FollowUpId);
            return Refuse(language.Pick(
                "This card was not sent to you, so nothing was saved.",
                "Dette kort er ikke sendt til dig, så intet er gemt."));
        }

        var network = sender.Network;
        var stored = await store.FindAsync(data.FollowUpId, cancellationToken);
        if (stored is null || network.FindForum(stored.FollowUp.ForumId) is not { } forum)
        {
            return Refuse(language.Pick("This follow-up no longer exists. Nothing was saved.", "Denne opfølgning findes ikke længere. Intet er gemt."));
        }

        var allowed = role == FollowUpCardRole.Owner ? FollowUpAccess.MayChange(network, person, stored.FollowUp) : FollowUpAccess.MayChangeDueDate(network, person, stored.FollowUp);
        if (!allowed)
        {
            FollowUpsLog.Refused(logger, person.Id, forum.Id, role == FollowUpCardRole.Owner ? "card" : "proposal card");
            return Refuse(role == FollowUpCardRole.Owner
                ? language.Pick($"Only the owner and the chairs of {forum.Name} can change this follow-up. Nothing was saved.",
                    $"Kun den ansvarlige og forpersonerne for {forum.Name} kan ændre denne opfølgning. Intet er gemt.")
                : language.Pick($"Only the chairs of {forum.Name} can answer a proposed due date. Nothing was saved.",
                    $"Kun forpersonerne for {forum.Name} kan svare på en foreslået frist. Intet er gemt."));
        }

        var history = await store.HistoryAsync(stored.FollowUp.Id, cancellationToken);
        return (new FollowUpCardScope(person, network, forum, stored, history, data, language, time.GetUtcNow()), null);
    }

    private static (FollowUpCardScope?, CardActionResult?) Refuse(string message) => (null, CardActionResult.ShowMessage(message));
}
