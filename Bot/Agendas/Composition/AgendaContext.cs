using ForumBot.Agendas.Meetings;
using ForumBot.Network;
using ForumBot.Scheduling;
using ForumBot.Updates.Model;

namespace ForumBot.Agendas.Composition;

/// <summary>
/// What an agenda is composed from: the forum, the meeting it is for, the network of the turn
/// the updates of that meeting's cycle by initiative id (read once, through Updates' store), what
/// is stored about the meeting (<see cref="MeetingRecord"/>: marks, proposals, carried-over items)
/// and the forum's meeting before it (null for the first), for "since the last meeting".
/// </summary>
public sealed record AgendaContext(NetworkSnapshot Network, Forum Forum, Meeting Meeting, IReadOnlyDictionary<string, UpdateContent> Updates,
    MeetingRecord Record, Meeting? Previous)
{
    /// <summary>The initiatives reporting to the forum, in the file's order.</summary>
    public IEnumerable<Initiative> Initiatives => Network.InitiativesInForum(Forum.Id);

    public string OrganisationName(string id) => Network.FindOrganisation(id)?.Name ?? id;

    public string PersonName(string id) => Network.FindPerson(id)?.Name ?? id;
}
