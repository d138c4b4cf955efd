using Cronos;

namespace ForumBot.Network;

// The registry as features see it. Lists keep the file's order; ids are the file's ids.
// ExtraFieldsJson carries fields of the file ForumBot does not use, so export gives them back.

public sealed record Organisation(string Id, string Name, Sector Sector, string? ExtraFieldsJson = null);

public sealed record Person(
    string Id,
    string Name,
    Guid AadObjectId,
    string OrganisationId,
    IReadOnlyList<GlobalRole> Roles,
    string? Locale,
    string? ExtraFieldsJson = null)
{
    public bool IsManager => Roles.Contains(GlobalRole.Manager);

    public bool IsAdmin => Roles.Contains(GlobalRole.Admin);
}

public sealed record Forum(
    string Id,
    string Name,
    ForumLevel Level,
    IReadOnlyList<string> Chairs,
    IReadOnlyList<string> Members,
    string Cadence,
    int DurationMinutes,
    int PromptDaysBefore,
    int UpdatesDueDaysBefore,
    int? AgendaDaysBefore,
    string? Description,
    string? ExtraFieldsJson = null)
{
    /// <summary>Agenda lead time when the file gives none: two days before, as issue 11 ("The meeting cycle") sets it.</summary>
    public const int DefaultAgendaDaysBefore = 2;

    /// <summary>Items on every agenda of the forum, in the file's order ("Nyt fra politiet", "Eventuelt"); none when the file gives none.</summary>
    public IReadOnlyList<string> StandingItems { get; init; } = [];

    /// <summary>Days before a meeting the agenda goes out: the file's value or the default.</summary>
    public int AgendaLeadDays => AgendaDaysBefore ?? DefaultAgendaDaysBefore;

    public bool IsChair(string personId) => Chairs.Contains(personId, StringComparer.Ordinal);

    public bool IsMember(string personId) => Members.Contains(personId, StringComparer.Ordinal);

    public bool IsChairOrMember(string personId) => IsChair(personId) || IsMember(personId);

    /// <summary>The cadence as a schedule; validated at import, so parsing cannot fail for stored forums.</summary>
    public CronExpression Schedule() => CronExpression.Parse(Cadence, CronFormat.Standard);

    /// <summary>The next meeting start strictly after <paramref name="after"/>, in the network's zone.</summary>
    public DateTimeOffset? NextMeetingAfter(DateTimeOffset after, TimeZoneInfo zone) => Schedule().GetNextOccurrence(after, zone);
}

public sealed record TargetGroup(int AgeFrom, int AgeTo, string? Description, string? ExtraFieldsJson = null)
{
    public bool Overlaps(TargetGroup other) => AgeFrom <= other.AgeTo && other.AgeFrom <= AgeTo;
}

public sealed record Initiative(
    string Id,
    string Name,
    string OwnerId,
    IReadOnlyList<string> Partners,
    IReadOnlyList<string> Contacts,
    IReadOnlyList<string> Forums,
    IReadOnlyList<string> Topics,
    TargetGroup TargetGroup,
    string? Description,
    string? ExtraFieldsJson = null)
{
    /// <summary>The owner first, then the partners.</summary>
    public IEnumerable<string> OrganisationIds => Partners.Prepend(OwnerId);
}

/// <summary>A whole network file's content: what an import loads and an export writes.</summary>
public sealed record NetworkDefinition(
    string Area,
    string TimeZoneId,
    IReadOnlyList<Organisation> Organisations,
    IReadOnlyList<Person> People,
    IReadOnlyList<Forum> Forums,
    IReadOnlyList<Initiative> Initiatives,
    string? ExtraFieldsJson = null);
