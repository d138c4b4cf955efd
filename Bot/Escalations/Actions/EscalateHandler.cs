using ForumBot.Agendas.Actions;
using ForumBot.Agendas.Composition;
using ForumBot.Agendas.Meetings;
using ForumBot.Cards;
using ForumBot.Escalations.Model;
using ForumBot.Escalations.Storage;
using ForumBot.Localization;
using ForumBot.Network;
using ForumBot.Privacy;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;

namespace ForumBot.Escalations.Actions;

/// <summary>
/// "agenda.escalate": a chair hands an agenda item to another forum. The escalation's id is
/// derived from (forum, meeting, item), so a second press finds the first; its id is recorded on
/// the item's marks. Mistakes in the form are answered with a message, so the card keeps what was
/// typed; a done escalation answers with the item card again and a note.
/// </summary>
public sealed class EscalateHandler(AgendaItemGate gate, AgendaItemCards cards, EscalationStore store, MeetingStore meetings, TimeProvider time,
    ILogger<EscalateHandler> logger) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (scope, refusal) = await gate.OpenAsync(turn, cancellationToken);
        if (scope is null)
        {
            return refusal!;
        }

        var network = scope.Network;
        var language = scope.Language;
        var item = scope.Item.Item;
        if (EarlierId(scope) is { } escalated && await store.FindAsync(escalated, cancellationToken) is { } earlier)
        {
            var e = earlier.Escalation;
            var note = scope.Pick(
                $"Already escalated to {EscalationTexts.ForumName(network, e.ToForumId)} by {EscalationTexts.PersonName(network, e.RaisedBy)}, {LocalTimeText.Format(language, e.RaisedAt, network.TimeZone)}. Nothing was changed.",
                $"Allerede eskaleret til {EscalationTexts.ForumName(network, e.ToForumId)} af {EscalationTexts.PersonName(network, e.RaisedBy)}, {LocalTimeText.Format(language, e.RaisedAt, network.TimeZone)}. Intet er ændret.");
            return CardActionResult.ReplaceCard(cards.Build(scope, new CardNote(note, "Warning")));
        }

        var to = network.FindForum(CardInputs.Text(turn.ActionData, EscalatePanel.ForumInput));
        var reason = CardInputs.Text(turn.ActionData, EscalatePanel.ReasonInput);
        if (Problem(scope, to, reason) is { } problem)
        {
            EscalationsLog.Refused(logger, EscalatePanel.Verb, scope.Person.Id, scope.Forum.Id, problem.Code);
            return CardActionResult.ShowMessage(problem.Text);
        }

        var now = time.GetUtcNow();
        var id = EscalationIds.FromItem(scope.Forum.Id, scope.Meeting.MeetingId, item.Key);
        var raised = new Escalation(id, scope.Forum.Id, to!.Id, EscalationOriginKind.AgendaItem, scope.Meeting.MeetingId, item.Key,
            InitiativeOf(network, item.Key), CprGuard.Redact(item.Title.English), CprGuard.Redact(item.Title.Danish), reason, scope.Person.Id, now,
            EscalationState.Open, null, false, 0);
        var (stored, created) = await store.AddAsync(raised, cancellationToken);
        await meetings.MarkItemAsync(scope.Forum.Id, scope.Meeting.MeetingId, item.Key, mark => mark with { EscalationId = stored.Escalation.Id }, cancellationToken);
        if (created)
        {
            EscalationsLog.Raised(logger, id, "agenda item", scope.Forum.Id, to.Id, scope.Person.Id);
        }

        var marked = scope with { Record = await meetings.ReadAsync(scope.Forum.Id, scope.Meeting.MeetingId, cancellationToken) };
        var target = network.FindForum(stored.Escalation.ToForumId) ?? to;
        return CardActionResult.ReplaceCard(cards.Build(marked, new CardNote(Done(language, network, target, now), "Good")));
    }

    /// <summary>The escalation this item already is: the one recorded on its marks, or for an initiative's item the one its update raised.</summary>
    private static string? EarlierId(AgendaItemScope scope)
    {
        var key = scope.Item.Item.Key;
        return scope.Mark.EscalationId
            ?? (key.StartsWith("initiative:", StringComparison.Ordinal) && InitiativeOf(scope.Network, key) is { } initiative
                ? EscalationIds.FromUpdate(scope.Forum.Id, scope.Meeting.MeetingId, initiative)
                : null);
    }

    private static (string Code, string Text)? Problem(AgendaItemScope scope, Forum? to, string reason)
    {
        if (to is null || to.Id == scope.Forum.Id)
        {
            return ("no forum", scope.Pick("Choose the forum to escalate the item to from the list. Nothing was changed.",
                "Vælg forummet, punktet skal eskaleres til, fra listen. Intet er ændret."));
        }

        if (reason.Length == 0)
        {
            return ("no reason", scope.Pick($"Say why {to.Name} should take it up. Nothing was changed.",
                $"Skriv, hvorfor {to.Name} skal tage det op. Intet er ændret."));
        }

        if (CprGuard.ContainsCpr(reason))
        {
            return ("cpr", PrivacyTexts.CprRefused(scope.Language));
        }

        return reason.Length > Escalation.MaxReasonLength
            ? ("too long", scope.Pick($"The reason can be at most {Escalation.MaxReasonLength} characters (it has {reason.Length}).",
                $"Begrundelsen må højst være {Escalation.MaxReasonLength} tegn (den har {reason.Length})."))
            : null;
    }

    private static string Done(Language language, NetworkSnapshot network, Forum to, DateTimeOffset now)
    {
        var next = AgendaDrafts.CurrentMeeting(to, network.TimeZone, now);
        var when = next is null ? string.Empty : " (" + LocalTimeText.Format(language, next.StartsAtUtc, network.TimeZone) + ")";
        return language.Pick(
            $"Escalated to {to.Name}: it is on the agenda of its next meeting{when}. The answer comes back to this forum's agenda.",
            $"Eskaleret til {to.Name}: det er på dagsordenen til dets næste møde{when}. Svaret kommer tilbage på dette forums dagsorden.");
    }

    /// <summary>The initiative an item is about, by its key ("initiative:&lt;id&gt;", "missing:&lt;id&gt;", carried over or not).</summary>
    private static string? InitiativeOf(NetworkSnapshot network, string itemKey)
    {
        var key = itemKey.StartsWith("carried:", StringComparison.Ordinal) ? itemKey["carried:".Length..] : itemKey;
        var separator = key.IndexOf(':', StringComparison.Ordinal);
        if (separator < 0 || key[..separator] is not ("initiative" or "missing"))
        {
            return null;
        }

        return network.FindInitiative(key[(separator + 1)..])?.Id;
    }
}
