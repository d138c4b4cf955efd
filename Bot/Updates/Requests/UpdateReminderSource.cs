using System.Runtime.CompilerServices;
using ForumBot.Network;
using ForumBot.Scheduling;
using ForumBot.Updates.Cycles;

namespace ForumBot.Updates.Requests;

/// <summary>
/// The one reminder, at 09:00 local on the day before the deadline: the form again, to each
/// person with a request still open (a contact of an initiative whose update for the cycle is
/// not in yet — whoever of its contacts sends it). None once the deadline has passed.
/// </summary>
public sealed class UpdateReminderSource(INetworkReader reader, OpenRequests openRequests, RecipientLocales locales, ILogger<UpdateReminderSource> logger) : IDueWorkSource
{
    public async IAsyncEnumerable<DueWork> FindDueAsync(DateTimeOffset windowStart, DateTimeOffset windowEnd, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var network = await reader.GetSnapshotAsync(cancellationToken);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var forum in network.Forums)
        {
            foreach (var cycle in UpdateCycles.RemindedBetween(forum, network.TimeZone, windowStart, windowEnd).Where(c => c.DeadlineAt > windowEnd))
            {
                var open = await openRequests.InCycleAsync(network, forum, cycle, cancellationToken);
                UpdatesLog.RemindersDue(logger, forum.Id, cycle.MeetingId, open.Count);
                foreach (var request in open)
                {
                    var locale = await locales.LocaleAsync(request.Person, seen, cancellationToken);
                    yield return UpdateRequestCards.Work(network, forum, request.Initiative, request.Person, locale, cycle, UpdateRequestCards.ReminderKind);
                }
            }
        }
    }
}
