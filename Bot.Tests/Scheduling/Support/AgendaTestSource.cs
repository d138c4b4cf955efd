using System.Runtime.CompilerServices;
using ForumBot.Network;
using ForumBot.Protocol;
using ForumBot.Scheduling;
using ForumBot.Updates.Cycles;

namespace ForumBot.Tests.Scheduling.Support;

/// <summary>
/// A test-only due-work source in the shape a feature's would have: for every forum, a note to
/// each chair at the agenda moment of each meeting, derived from the network and the calendar.
/// </summary>
public sealed class AgendaTestSource(INetworkReader reader) : IDueWorkSource
{
    public const string Kind = "agenda-test";

    public async IAsyncEnumerable<DueWork> FindDueAsync(DateTimeOffset windowStart, DateTimeOffset windowEnd, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var network = await reader.GetSnapshotAsync(cancellationToken);
        foreach (var forum in network.Forums)
        {
            foreach (var meeting in MeetingCalendar.MeetingsWith(MeetingMoment.Agenda, forum.ToCadence(), network.TimeZone, windowStart, windowEnd))
            {
                foreach (var chair in forum.Chairs.Select(network.FindPerson).OfType<Person>())
                {
                    yield return new DueWork(
                        $"{forum.Id}|{meeting.MeetingId}|{Kind}|{chair.Id}",
                        Kind,
                        meeting.AgendaAtUtc,
                        new MessageTarget.Person(chair.AadObjectId.ToString()),
                        MessageFactory.Text("Agenda"),
                        $"Agenda for {forum.Name}, meeting {meeting.MeetingId}");
                }
            }
        }
    }
}
