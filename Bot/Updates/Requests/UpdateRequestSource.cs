using System.Runtime.CompilerServices;
using ForumBot.Network;
using ForumBot.Scheduling;
using ForumBot.Updates.Cycles;
using ForumBot.Updates.Storage;

namespace ForumBot.Updates.Requests;

/// <summary>
/// At each forum's prompt time, one update card per contact and initiative reporting to the
/// forum. Each request is recorded first (idempotently), so the card's answer can be checked
/// against what was sent. A cycle whose deadline has passed is not asked for any more.
/// </summary>
public sealed class UpdateRequestSource(INetworkReader reader, RequestStore requests, ILogger<UpdateRequestSource> logger) : IDueWorkSource
{
    public async IAsyncEnumerable<DueWork> FindDueAsync(DateTimeOffset windowStart, DateTimeOffset windowEnd, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var network = await reader.GetSnapshotAsync(cancellationToken);
        foreach (var forum in network.Forums)
        {
            foreach (var cycle in UpdateCycles.PromptedBetween(forum, network.TimeZone, windowStart, windowEnd).Where(c => c.DeadlineAt > windowEnd))
            {
                var due = new List<DueWork>();
                foreach (var initiative in network.InitiativesInForum(forum.Id))
                {
                    foreach (var person in initiative.Contacts.Distinct(StringComparer.Ordinal).Select(network.FindPerson).OfType<Person>())
                    {
                        await requests.RecordAsync(UpdateRequestCards.Record(cycle, initiative, person), cancellationToken);
                        due.Add(UpdateRequestCards.Work(network, forum, initiative, person, cycle, UpdateRequestCards.RequestKind));
                    }
                }

                UpdatesLog.RequestsDue(logger, forum.Id, cycle.MeetingId, due.Count);
                foreach (var work in due)
                {
                    yield return work;
                }
            }
        }
    }
}
