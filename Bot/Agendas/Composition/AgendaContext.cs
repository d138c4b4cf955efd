using ForumBot.Network;
using ForumBot.Scheduling;
using ForumBot.Updates.Model;

namespace ForumBot.Agendas.Composition;

/// <summary>
/// What an agenda is composed from: the forum, the meeting it is for, the network of the turn
/// and the updates of that meeting's cycle by initiative id (read once, through Updates' store).
/// </summary>
public sealed record AgendaContext(NetworkSnapshot Network, Forum Forum, Meeting Meeting, IReadOnlyDictionary<string, UpdateContent> Updates)
{
    /// <summary>The initiatives reporting to the forum, in the file's order.</summary>
    public IEnumerable<Initiative> Initiatives => Network.InitiativesInForum(Forum.Id);

    public string OrganisationName(string id) => Network.FindOrganisation(id)?.Name ?? id;

    public string PersonName(string id) => Network.FindPerson(id)?.Name ?? id;
}
