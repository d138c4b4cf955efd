using ForumBot.Agendas.Model;
using ForumBot.Network;
using ForumBot.Scheduling;
using ForumBot.Updates.Cycles;
using ForumBot.Updates.Storage;

namespace ForumBot.Agendas.Composition;

/// <summary>
/// The current draft of a forum's agenda: for the meeting under way or the next one, from the
/// updates of that meeting's cycle (one partition read through Updates' store) and every
/// registered <see cref="IAgendaItemSource"/>. Nothing is stored: a draft is composed on request.
/// </summary>
public sealed class AgendaDrafts(UpdateStore updates, IEnumerable<IAgendaItemSource> sources)
{
    /// <summary>The meeting an agenda asked for now is about: one under way (until it ends), else the next.</summary>
    public static Meeting? CurrentMeeting(Forum forum, TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(forum);
        return MeetingCalendar.NextMeeting(forum.ToCadence(), zone, now.AddMinutes(-forum.DurationMinutes));
    }

    /// <summary>The draft for the forum's current meeting; null when its cadence never fires again.</summary>
    public async Task<Agenda?> DraftAsync(NetworkSnapshot network, Forum forum, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (CurrentMeeting(forum, network.TimeZone, now) is not { } meeting)
        {
            return null;
        }

        var rows = await updates.CycleAsync(forum.Id, meeting.MeetingId, cancellationToken);
        var byInitiative = rows.ToDictionary(r => r.InitiativeId, r => r.Content(), StringComparer.Ordinal);
        var context = new AgendaContext(network, forum, meeting, byInitiative);
        return await AgendaComposer.ComposeAsync(context, sources, cancellationToken);
    }
}
