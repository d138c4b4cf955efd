using ForumBot.FollowUps.Model;
using ForumBot.Network;

namespace ForumBot.FollowUps.Access;

/// <summary>
/// Who may do what with follow-ups, as pure functions of a snapshot (issue 11, point 9): the
/// forum's chairs create them; the owner and the forum's chairs change them; the forum's chairs
/// and members see the forum's; managers and admins see all. Someone not active in the snapshot may do nothing.
/// </summary>
public static class FollowUpAccess
{
    public static bool MayView(NetworkSnapshot network, Person? person, Forum forum)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(forum);
        return Active(network, person) is { } active && (active.IsManager || active.IsAdmin || forum.IsChairOrMember(active.Id));
    }

    public static bool MayCreate(NetworkSnapshot network, Person? person, Forum forum)
    {
        ArgumentNullException.ThrowIfNull(forum);
        return Active(network, person) is { } active && forum.IsChair(active.Id);
    }

    /// <summary>Marking done: the owner and the forum's chairs.</summary>
    public static bool MayChange(NetworkSnapshot network, Person? person, FollowUp followUp)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        return Active(network, person) is { } active
            && (followUp.OwnerId == active.Id || network.FindForum(followUp.ForumId)?.IsChair(active.Id) == true);
    }

    /// <summary>Setting the due date (and so answering an owner's proposal of one): the forum's chairs.</summary>
    public static bool MayChangeDueDate(NetworkSnapshot network, Person? person, FollowUp followUp)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        return Active(network, person) is { } active && network.FindForum(followUp.ForumId)?.IsChair(active.Id) == true;
    }

    /// <summary>
    /// Who may own a follow-up of the forum: its chairs and members, and the contacts of its
    /// initiatives (the frontline people who do the work).
    /// </summary>
    public static IReadOnlyList<Person> PossibleOwners(NetworkSnapshot network, Forum forum)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(forum);
        var ids = forum.Chairs.Concat(forum.Members)
            .Concat(network.InitiativesInForum(forum.Id).SelectMany(i => i.Contacts))
            .ToHashSet(StringComparer.Ordinal);
        return [.. network.People.Where(p => ids.Contains(p.Id))];
    }

    private static Person? Active(NetworkSnapshot network, Person? person) =>
        person is null ? null : network.FindPerson(person.Id);
}
