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
public sealed class UpdateRequestSource(INetworkReader reader, RecipientLocales locales, ILogger<UpdateRequestSource> logger) : IDueWorkSource
{
    public async IAsyncEnumerable<DueWork> FindDueAsync(DateTimeOffset windowStart, DateTimeOffset windowEnd, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var network = await reader.GetSnapshotAsync(cancellationToken);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var forum in network.Forums)
        {
            foreach (var cycle in UpdateCycles.PromptedBetween(forum, network.TimeZone, windowStart, windowEnd).Where(c => c.DeadlineAt > windowEnd))
            {
                var due = new List<DueWork>();
                foreach (var initiative in network.InitiativesInForum(forum.Id))
                {
                    foreach (var person in OpenRequests.Contacts(network, initiative))
                    {
                        var locale = await locales.LocaleAsync(person, seen, cancellationToken);
                        due.Add(UpdateRequestCards.Work(network, forum, initiative, person, locale, cycle, UpdateRequestCards.RequestKind));
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
