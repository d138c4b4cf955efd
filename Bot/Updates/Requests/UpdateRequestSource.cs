using System.Runtime.CompilerServices;
using ForumBot.Network;
using ForumBot.Scheduling;
using ForumBot.Updates.Cycles;

namespace ForumBot.Updates.Requests;

/// <summary>
/// At each forum's prompt time, one update card per contact and initiative reporting to the
/// forum. Pure, as the scheduler's contract asks: nothing is recorded (a dry run writes nothing);
/// the card's data carries what the answer is checked against (see UpdateCardGate). A cycle whose
/// deadline has passed is not asked for any more.
/// </summary>
public sealed class UpdateRequestSource(INetworkReader reader, ILogger<UpdateRequestSource> logger) : IDueWorkSource
{
    public async IAsyncEnumerable<DueWork> FindDueAsync(DateTimeOffset windowStart, DateTimeOffset windowEnd, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var network = await reader.GetSnapshotAsync(cancellationToken);
        foreach (var forum in network.Forums)
        {
            foreach (var cycle in UpdateCycles.PromptedBetween(forum, network.TimeZone, windowStart, windowEnd).Where(c => c.DeadlineAt > windowEnd))
            {
                var due = network.InitiativesInForum(forum.Id)
                    .SelectMany(initiative => OpenRequests.Contacts(network, initiative)
                        .Select(person => UpdateRequestCards.Work(network, forum, initiative, person, cycle, UpdateRequestCards.RequestKind)))
                    .ToList();
                UpdatesLog.RequestsDue(logger, forum.Id, cycle.MeetingId, due.Count);
                foreach (var work in due)
                {
                    yield return work;
                }
            }
        }
    }
}
