using ForumBot.Agendas.Composition;
using ForumBot.Agendas.Meetings;
using ForumBot.Localization;
using ForumBot.Network.Access;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;
using ForumBot.Scheduling;
using ForumBot.Updates.Cycles;

namespace ForumBot.Agendas.Actions;

/// <summary>
/// What every action on an agenda item goes through first. Stateless, as for update cards: the
/// card's data must name a forum of the network, a real meeting of its calendar that is not
/// closed, and an item that is on that meeting's agenda as it stands now; the sender must be a
/// chair of the forum. A payload edited to name another forum, meeting or item is refused and
/// logged without its text.
/// </summary>
public sealed partial class AgendaItemGate(NetworkIdentity identity, AgendaDrafts drafts, ILogger<AgendaItemGate> logger)
{
    public async Task<(AgendaItemScope? Scope, CardActionResult? Refusal)> OpenAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var language = turn.Language;
        if (AgendaItemData.From(turn.ActionData) is not { } data)
        {
            LogMalformed(logger, turn.CorrelationId);
            return Refuse(language.Pick("This card can no longer be used. Nothing was changed.", "Dette kort kan ikke længere bruges. Intet er ændret."));
        }

        var sender = await identity.ResolveAsync(turn, cancellationToken);
        if (sender.Person is not { } person)
        {
            return Refuse(language.Pick(
                "You are not registered in the ForumBot network, so nothing was changed. Ask your administrator to add you.",
                "Du er ikke registreret i ForumBots netværk, så intet er ændret. Bed din administrator om at tilføje dig."));
        }

        var network = sender.Network;
        if (network.FindForum(data.ForumId) is not { } forum || MeetingCalendar.FindMeeting(forum.ToCadence(), network.TimeZone, data.MeetingId) is not { } meeting)
        {
            LogForged(logger, person.Id, "forum or meeting");
            return Refuse(language.Pick(
                "This card does not match a meeting of a forum in the network, so nothing was changed.",
                "Dette kort svarer ikke til et møde i et forum i netværket, så intet er ændret."));
        }

        if (!sender.May(NetworkAction.RunMeeting, forum.Id))
        {
            LogNotChair(logger, person.Id, forum.Id);
            return Refuse(language.Pick(
                $"Only the chairs of {forum.Name} can change its agenda during the meeting.",
                $"Kun forpersonerne for {forum.Name} kan ændre dagsordenen under mødet."));
        }

        var agenda = await drafts.DraftAsync(network, forum, meeting, cancellationToken);
        var record = agenda.Record;
        if (record.State.Closed)
        {
            var when = record.State.ClosedAt is { } at ? LocalTimeText.Format(language, at, network.TimeZone) : string.Empty;
            return Refuse(language.Pick(
                $"The meeting of {forum.Name} was closed {when}, so its agenda can no longer be changed.",
                $"Mødet i {forum.Name} blev afsluttet {when}, så dagsordenen kan ikke længere ændres."));
        }

        if (agenda.Items.FirstOrDefault(i => i.Item.Key == data.ItemKey) is not { } item)
        {
            LogItemGone(logger, forum.Id, meeting.MeetingId);
            return Refuse(language.Pick(
                "This item is no longer on the agenda (it was removed or dealt with). Write \"agenda\" for the current one.",
                "Punktet er ikke længere på dagsordenen (det er fjernet eller behandlet). Skriv \"dagsorden\" for den nuværende."));
        }

        return (new AgendaItemScope(person, network, forum, meeting, agenda, item, record, language), null);
    }

    private static (AgendaItemScope?, CardActionResult?) Refuse(string message) => (null, CardActionResult.ShowMessage(message));

    [LoggerMessage(7520, LogLevel.Warning, "Agenda item card with malformed data (correlation {CorrelationId})")]
    private static partial void LogMalformed(ILogger logger, string correlationId);

    [LoggerMessage(7521, LogLevel.Warning, "Agenda item card from {PersonId} names no {What} of the network: refused")]
    private static partial void LogForged(ILogger logger, string personId, string what);

    [LoggerMessage(7522, LogLevel.Information, "Agenda item action by {PersonId} refused: not a chair of forum {ForumId}")]
    private static partial void LogNotChair(ILogger logger, string personId, string forumId);

    [LoggerMessage(7523, LogLevel.Information, "Agenda item action on forum {ForumId} meeting {MeetingId} refused: the item is not on the agenda")]
    private static partial void LogItemGone(ILogger logger, string forumId, string meetingId);
}
