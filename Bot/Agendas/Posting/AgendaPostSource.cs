using System.Runtime.CompilerServices;
using ForumBot.Agendas.Composition;
using ForumBot.Network;
using ForumBot.Scheduling;
using ForumBot.Updates.Cycles;

namespace ForumBot.Agendas.Posting;

/// <summary>
/// At each meeting's agenda moment (forum.agendaDaysBefore local days before, at the meeting's
/// local time) the agenda as it stands is posted: in the forum's linked channel as a new post
/// (Danish, what everyone there may see), else to each chair 1:1 with a line on how to link one.
/// Reads only, as the scheduler's contract asks; the keys (<see cref="AgendaPostKeys.Post"/>) make
/// it one post per meeting and target. A meeting that is closed or over gets none (a catch-up after
/// a long outage does not post last week's agenda).
/// </summary>
public sealed class AgendaPostSource(INetworkReader reader, AgendaDrafts drafts, AgendaPostTargets targets, ILogger<AgendaPostSource> logger) : IDueWorkSource
{
    public async IAsyncEnumerable<DueWork> FindDueAsync(DateTimeOffset windowStart, DateTimeOffset windowEnd, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var network = await reader.GetSnapshotAsync(cancellationToken);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var forum in network.Forums)
        {
            foreach (var meeting in MeetingCalendar.MeetingsWith(MeetingMoment.Agenda, forum.ToCadence(), network.TimeZone, windowStart, windowEnd))
            {
                if (meeting.EndsAtUtc <= windowEnd)
                {
                    PostingLog.PostSkipped(logger, forum.Id, meeting.MeetingId);
                    continue;
                }

                var agenda = await drafts.DraftAsync(network, forum, meeting, cancellationToken);
                if (agenda.Record.State.Closed)
                {
                    PostingLog.PostSkipped(logger, forum.Id, meeting.MeetingId);
                    continue;
                }

                var due = await targets.ForPostAsync(network, forum, seen, cancellationToken);
                PostingLog.PostDue(logger, forum.Id, meeting.MeetingId, due.Count,
                    due.Any(t => t.Target == AgendaPostKeys.ChannelTarget) ? "channel" : "chairs 1:1");
                foreach (var target in due)
                {
                    yield return new DueWork(
                        AgendaPostKeys.Post(forum.Id, meeting.MeetingId, target.Target),
                        AgendaPostKeys.PostKind,
                        meeting.AgendaAtUtc,
                        target.Recipient,
                        AgendaPostCards.Activity(agenda, target, network.TimeZone),
                        Describe(forum, meeting, target, network));
                }
            }
        }
    }

    internal static string Describe(Forum forum, Meeting meeting, AgendaPostTarget target, NetworkSnapshot network) =>
        target.Target == AgendaPostKeys.ChannelTarget
            ? $"Agenda of {forum.Name} for {meeting.MeetingId}, in the forum's channel"
            : $"Agenda of {forum.Name} for {meeting.MeetingId}, to chair {network.FindPerson(target.Target)?.Name ?? target.Target}";
}
