using ForumBot.Agendas.Cards;
using ForumBot.Agendas.Composition;
using ForumBot.Localization;
using ForumBot.Network;
using ForumBot.Network.Access;
using ForumBot.Network.Channels;
using ForumBot.Network.Overview;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;
using ForumBot.Scheduling;
using ForumBot.Updates.Cycles;

namespace ForumBot.Agendas.Handlers;

/// <summary>
/// "agenda [forum]" / "dagsorden [forum]": the current draft of a forum's agenda for its chairs,
/// members, managers and admins. The forum is the one named (by id or name, as "link forum"), else
/// the forum whose channel the command is written in, else the sender's only forum; with several,
/// a list to choose from. Chairs (and everyone in a channel) get the items' buttons; once the meeting
/// under way is closed, the next meeting's agenda is shown.
/// </summary>
public sealed partial class AgendaHandler(NetworkIdentity identity, ForumOfTurn forumOfTurn, AgendaDrafts drafts, TimeProvider time, ILogger<AgendaHandler> logger)
    : ITurnHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await identity.RequireRegisteredAsync(turn, cancellationToken) is not { Person: { } person } sender)
        {
            return;
        }

        var language = turn.Language;
        var network = sender.Network;
        var query = turn.Arguments.Trim();
        var forums = NameMatch.IsBlank(query) ? await ImpliedAsync(turn, network, person, cancellationToken) : NameMatch.Forums(network.Forums, query);
        (string Heading, string Text, string? Hint)? notice = forums switch
        {
            [var forum] when !sender.May(NetworkAction.ViewAgenda, forum.Id) => Refused(AgendaMessages.NotAllowed(language, forum), forum),
            [_] => null,
            [] when NameMatch.IsBlank(query) => AgendaMessages.Usage(language, network.Forums),
            [] => AgendaMessages.Unknown(language, network, query),
            var several when NameMatch.IsBlank(query) => AgendaMessages.Choose(language, several),
            var several => AgendaMessages.Several(language, several, query),
        };
        if (notice is { } refusal)
        {
            await turn.SendNoticeAsync(refusal.Heading, refusal.Text, refusal.Hint, cancellationToken);
            return;
        }

        var chosen = forums[0];
        var agenda = await drafts.DraftAsync(network, chosen, time.GetUtcNow(), cancellationToken);

        // A meeting closed before its end time is over: the agenda that matters now is the next one's.
        if (agenda is { Record.State.Closed: true }
            && MeetingCalendar.NextMeeting(chosen.ToCadence(), network.TimeZone, agenda.Meeting.StartsAtUtc) is { } next)
        {
            agenda = await drafts.DraftAsync(network, chosen, next, cancellationToken);
        }

        if (agenda is null)
        {
            var (heading, text, hint) = AgendaMessages.NoMeeting(language, chosen);
            await turn.SendNoticeAsync(heading, text, hint, cancellationToken);
            return;
        }

        // In a channel or group chat everyone reads along, forum members or not: the outsider's view.
        var shared = turn.Activity.Conversation?.ConversationType is { } type && type != "personal";
        var viewer = shared ? AgendaViewer.Outsider : AgendaViewers.Of(chosen, person);
        LogShown(logger, chosen.Id, agenda.Meeting.MeetingId, viewer, agenda.ItemCount);
        var card = AgendaCard.Build(language, agenda, viewer, network.TimeZone, shared);
        await turn.SendAsync(MessageFactory.Card(card, language.Pick($"Agenda: {chosen.Name}", $"Dagsorden: {chosen.Name}")), cancellationToken);
    }

    /// <summary>No forum named: the channel's forum, else the forums the sender takes part in.</summary>
    private async Task<IReadOnlyList<Forum>> ImpliedAsync(TurnContext turn, NetworkSnapshot network, Person person, CancellationToken cancellationToken)
    {
        if (await forumOfTurn.FindAsync(turn, network, cancellationToken) is { } forum)
        {
            return [forum];
        }

        return [.. network.ForumsOf(person.Id)];
    }

    private (string, string, string?) Refused((string, string, string?) message, Forum forum)
    {
        LogRefused(logger, forum.Id);
        return message;
    }

    [LoggerMessage(7500, LogLevel.Information, "Agenda draft of forum {ForumId} for meeting {MeetingId} shown to a {Viewer}: {ItemCount} items")]
    private static partial void LogShown(ILogger logger, string forumId, string meetingId, AgendaViewer viewer, int itemCount);

    [LoggerMessage(7501, LogLevel.Information, "Agenda of forum {ForumId} refused: sender is not in the forum, a manager or an admin")]
    private static partial void LogRefused(ILogger logger, string forumId);
}
