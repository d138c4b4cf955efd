using ForumBot.Network;
using ForumBot.Updates.Cycles;
using ForumBot.Updates.Storage;

namespace ForumBot.Updates.Requests;

/// <summary>A request that is still open: asked for (the cycle's prompt has passed), not answered, deadline ahead.</summary>
public sealed record OpenRequest(Forum Forum, Initiative Initiative, Person Person, MeetingCycle Cycle);

/// <summary>
/// Which update requests are open, derived rather than recorded: the network's contacts ×
/// the initiatives reporting to a forum × the forum's cycle from the calendar, minus the
/// initiatives whose update for that cycle is in (whoever of the contacts sent it).
/// </summary>
public sealed class OpenRequests(UpdateStore updates)
{
    /// <summary>The open requests of one cycle of one forum (the reminders): one partition query on Updates.</summary>
    public async Task<List<OpenRequest>> InCycleAsync(NetworkSnapshot network, Forum forum, MeetingCycle cycle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(forum);
        ArgumentNullException.ThrowIfNull(cycle);
        var answered = (await updates.CycleAsync(forum.Id, cycle.MeetingId, cancellationToken)).Select(u => u.InitiativeId).ToHashSet(StringComparer.Ordinal);
        return [.. network.InitiativesInForum(forum.Id)
            .Where(initiative => !answered.Contains(initiative.Id))
            .SelectMany(initiative => Contacts(network, initiative).Select(person => new OpenRequest(forum, initiative, person, cycle)))];
    }

    /// <summary>
    /// A person's open requests at <paramref name="now"/>, earliest deadline first: for each
    /// initiative they are a contact for, each of its forums' cycles collecting updates now, unless
    /// its update is in (a point read in Updates each).
    /// </summary>
    public async Task<List<OpenRequest>> ForPersonAsync(NetworkSnapshot network, string personId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(network);
        var open = new List<OpenRequest>();
        if (network.FindPerson(personId) is not { } person)
        {
            return open;
        }

        foreach (var initiative in network.Initiatives.Where(i => i.Contacts.Contains(personId, StringComparer.Ordinal)))
        {
            foreach (var forum in initiative.Forums.Select(network.FindForum).OfType<Forum>())
            {
                foreach (var cycle in UpdateCycles.OpenAt(forum, network.TimeZone, now))
                {
                    if (await updates.FindAsync(forum.Id, cycle.MeetingId, initiative.Id, cancellationToken) is null)
                    {
                        open.Add(new OpenRequest(forum, initiative, person, cycle));
                    }
                }
            }
        }

        return [.. open.OrderBy(r => r.Cycle.DeadlineAt).ThenBy(r => r.Forum.Id, StringComparer.Ordinal).ThenBy(r => r.Initiative.Id, StringComparer.Ordinal)];
    }

    /// <summary>Every (distinct, registered) contact of an initiative: who is asked for its update.</summary>
    public static IEnumerable<Person> Contacts(NetworkSnapshot network, Initiative initiative)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(initiative);
        return initiative.Contacts.Distinct(StringComparer.Ordinal).Select(network.FindPerson).OfType<Person>();
    }
}
