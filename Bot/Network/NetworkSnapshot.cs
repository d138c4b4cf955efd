using Azure;
using ForumBot.Network.FileFormat;

namespace ForumBot.Network;

/// <summary>
/// The active network at one moment, immutable and held in memory (the whole registry is a
/// few hundred rows). Inactive entities are not in it. Lookups are dictionary reads.
/// </summary>
public sealed class NetworkSnapshot
{
    private readonly Dictionary<string, Organisation> _organisations;
    private readonly Dictionary<string, Person> _people;
    private readonly Dictionary<Guid, Person> _peopleByAadObjectId;
    private readonly Dictionary<string, Forum> _forums;
    private readonly Dictionary<string, Initiative> _initiatives;

    internal NetworkSnapshot(NetworkDefinition definition, long version, ETag etag)
    {
        Definition = definition;
        Version = version;
        ETag = etag;
        TimeZone = NetworkFileReader.FindZone(definition.TimeZoneId) ?? DefaultZone();
        _organisations = definition.Organisations.ToDictionary(o => o.Id, StringComparer.Ordinal);
        _people = definition.People.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _peopleByAadObjectId = [];
        foreach (var person in definition.People)
        {
            // Unique in any valid file; TryAdd keeps a half-applied import from breaking every read.
            _peopleByAadObjectId.TryAdd(person.AadObjectId, person);
        }

        _forums = definition.Forums.ToDictionary(f => f.Id, StringComparer.Ordinal);
        _initiatives = definition.Initiatives.ToDictionary(i => i.Id, StringComparer.Ordinal);
    }

    /// <summary>No network imported yet: every lookup misses.</summary>
    public static NetworkSnapshot Empty { get; } = new(new NetworkDefinition(string.Empty, "Europe/Copenhagen", [], [], [], []), 0, default);

    public bool IsEmpty => Version == 0;

    /// <summary>Counts imports that changed something; 0 before the first.</summary>
    public long Version { get; }

    /// <summary>The version row's ETag when this snapshot was read; a different one means a newer import.</summary>
    internal ETag ETag { get; }

    public NetworkDefinition Definition { get; }

    public string Area => Definition.Area;

    /// <summary>The zone meetings and deadlines are in (cadences are local times).</summary>
    public TimeZoneInfo TimeZone { get; }

    public IReadOnlyList<Organisation> Organisations => Definition.Organisations;

    public IReadOnlyList<Person> People => Definition.People;

    public IReadOnlyList<Forum> Forums => Definition.Forums;

    public IReadOnlyList<Initiative> Initiatives => Definition.Initiatives;

    public Organisation? FindOrganisation(string id) => _organisations.GetValueOrDefault(id);

    public Person? FindPerson(string id) => _people.GetValueOrDefault(id);

    public Person? FindPersonByAadObjectId(Guid aadObjectId) => _peopleByAadObjectId.GetValueOrDefault(aadObjectId);

    public Forum? FindForum(string id) => _forums.GetValueOrDefault(id);

    public Initiative? FindInitiative(string id) => _initiatives.GetValueOrDefault(id);

    public IEnumerable<Forum> ForumsChairedBy(string personId) => Forums.Where(f => f.IsChair(personId));

    /// <summary>Forums the person chairs or is a member of.</summary>
    public IEnumerable<Forum> ForumsOf(string personId) => Forums.Where(f => f.IsChairOrMember(personId));

    public IEnumerable<Initiative> InitiativesWithContact(string personId) =>
        Initiatives.Where(i => i.Contacts.Contains(personId, StringComparer.Ordinal));

    public IEnumerable<Initiative> InitiativesInForum(string forumId) =>
        Initiatives.Where(i => i.Forums.Contains(forumId, StringComparer.Ordinal));

    /// <summary>Initiatives the organisation owns or is a partner in.</summary>
    public IEnumerable<Initiative> InitiativesOfOrganisation(string organisationId) =>
        Initiatives.Where(i => i.OrganisationIds.Contains(organisationId, StringComparer.Ordinal));

    public IEnumerable<Person> PeopleWithRole(GlobalRole role) => People.Where(p => p.Roles.Contains(role));

    private static TimeZoneInfo DefaultZone() => NetworkFileReader.FindZone("Europe/Copenhagen") ?? TimeZoneInfo.Utc;
}
