using ForumBot.Agendas.Meetings;
using ForumBot.Agendas.Model;
using ForumBot.Network;
using ForumBot.Scheduling;
using ForumBot.Updates.Cycles;
using ForumBot.Updates.Storage;

namespace ForumBot.Agendas.Composition;

/// <summary>
/// The current draft of a forum's agenda: for the meeting under way or the next one, from the
/// updates of that meeting's cycle (one partition read through Updates' store), the meeting's
/// record (one partition read) and every registered <see cref="IAgendaItemSource"/>. The draft
/// itself is not stored: it is composed on request, so it is always current.
/// </summary>
public sealed class AgendaDrafts(UpdateStore updates, MeetingStore meetings, IEnumerable<IAgendaItemSource> sources)
{
    /// <summary>How far back the meeting before is looked for: a forum meets at least once a year.</summary>
    private static readonly TimeSpan PreviousSearch = TimeSpan.FromDays(400);

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

        return await DraftAsync(network, forum, meeting, cancellationToken);
    }

    /// <summary>The agenda of a given meeting of the forum, as it stands now.</summary>
    public async Task<Agenda> DraftAsync(NetworkSnapshot network, Forum forum, Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(forum);
        ArgumentNullException.ThrowIfNull(meeting);
        var rows = updates.CycleAsync(forum.Id, meeting.MeetingId, cancellationToken);
        var record = meetings.ReadAsync(forum.Id, meeting.MeetingId, cancellationToken);
        var byInitiative = (await rows).ToDictionary(r => r.InitiativeId, r => r.Content(), StringComparer.Ordinal);
        var context = new AgendaContext(network, forum, meeting, byInitiative, await record, PreviousMeeting(forum, network.TimeZone, meeting));
        return await AgendaComposer.ComposeAsync(context, sources, cancellationToken);
    }

    /// <summary>The forum's meeting before <paramref name="meeting"/>, or null when there is none within a year.</summary>
    public static Meeting? PreviousMeeting(Forum forum, TimeZoneInfo zone, Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(forum);
        ArgumentNullException.ThrowIfNull(meeting);
        return MeetingCalendar.MeetingsBetween(forum.ToCadence(), zone, meeting.StartsAtUtc - PreviousSearch, meeting.StartsAtUtc.AddTicks(-1)).LastOrDefault();
    }
}
