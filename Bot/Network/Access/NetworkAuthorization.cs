namespace ForumBot.Network.Access;

/// <summary>
/// The one answer to "may this person do X (on this forum or initiative)?", as a pure function
/// of a snapshot, so every feature decides the same way and tests need no storage. A person
/// who is not active in the snapshot may do nothing; a missing or unknown target is a no.
/// </summary>
public static class NetworkAuthorization
{
    public static bool May(this NetworkSnapshot network, Person? person, NetworkAction action, string? targetId = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (person is null || network.FindPerson(person.Id) is not { } active)
        {
            return false;
        }

        return action switch
        {
            NetworkAction.ViewNetwork => true,
            NetworkAction.ViewDigest => active.IsManager || active.IsAdmin,
            NetworkAction.ViewDeliveryProblems => active.IsAdmin,
            NetworkAction.SubmitUpdate => Initiative(network, targetId) is { } initiative && MaySubmitUpdate(network, active, initiative),
            NetworkAction.LinkChannel => Forum(network, targetId) is { } forum && (active.IsAdmin || forum.IsChair(active.Id)),
            NetworkAction.ManageFollowUps or NetworkAction.ProposeItem => Forum(network, targetId) is { } forum && forum.IsChairOrMember(active.Id),
            NetworkAction.RunMeeting => Forum(network, targetId) is { } forum && forum.IsChair(active.Id),
            NetworkAction.RequestSummary or NetworkAction.ViewAgenda => Forum(network, targetId) is { } forum
                && (active.IsManager || active.IsAdmin || forum.IsChairOrMember(active.Id)),
            _ => false,
        };
    }

    private static bool MaySubmitUpdate(NetworkSnapshot network, Person person, Initiative initiative) =>
        initiative.Contacts.Contains(person.Id, StringComparer.Ordinal)
        || initiative.Forums.Any(id => network.FindForum(id)?.IsChair(person.Id) == true);

    private static Forum? Forum(NetworkSnapshot network, string? id) => id is null ? null : network.FindForum(id);

    private static Initiative? Initiative(NetworkSnapshot network, string? id) => id is null ? null : network.FindInitiative(id);
}
