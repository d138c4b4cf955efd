using System.Runtime.CompilerServices;
using ForumBot.Network;
using ForumBot.Scheduling;
using ForumBot.Updates.Cycles;
using ForumBot.Updates.Storage;

namespace ForumBot.Updates.Requests;

/// <summary>
/// The one reminder, at 09:00 local on the day before the deadline: the form again, to each
/// person with a request still open (asked, and no update for the initiative yet — whoever of
/// its contacts sent it). None once the deadline has passed.
/// </summary>
public sealed class UpdateReminderSource(INetworkReader reader, RequestStore requests, UpdateStore updates, ILogger<UpdateReminderSource> logger) : IDueWorkSource
{
    public async IAsyncEnumerable<DueWork> FindDueAsync(DateTimeOffset windowStart, DateTimeOffset windowEnd, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var network = await reader.GetSnapshotAsync(cancellationToken);
        foreach (var forum in network.Forums)
        {
            foreach (var cycle in UpdateCycles.RemindedBetween(forum, network.TimeZone, windowStart, windowEnd).Where(c => c.DeadlineAt > windowEnd))
            {
                var answered = (await updates.CycleAsync(forum.Id, cycle.MeetingId, cancellationToken)).Select(u => u.InitiativeId).ToHashSet(StringComparer.Ordinal);
                var people = network.InitiativesInForum(forum.Id).SelectMany(i => i.Contacts).Distinct(StringComparer.Ordinal).Select(network.FindPerson).OfType<Person>();
                var due = new List<DueWork>();
                foreach (var person in people)
                {
                    var pending = await requests.PendingAsync(person.Id, windowEnd, network.TimeZone, cancellationToken);
                    foreach (var request in pending.Where(r => r.ForumId == forum.Id && r.MeetingId == cycle.MeetingId && !answered.Contains(r.InitiativeId)))
                    {
                        if (network.FindInitiative(request.InitiativeId) is { } initiative && initiative.Contacts.Contains(person.Id, StringComparer.Ordinal))
                        {
                            due.Add(UpdateRequestCards.Work(network, forum, initiative, person, cycle, UpdateRequestCards.ReminderKind));
                        }
                    }
                }

                UpdatesLog.RemindersDue(logger, forum.Id, cycle.MeetingId, due.Count);
                foreach (var work in due)
                {
                    yield return work;
                }
            }
        }
    }
}
