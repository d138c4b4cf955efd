using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using static ForumBot.Network.Registry.RowFields;

namespace ForumBot.Network.Registry;

/// <summary>Maps each entity to its row and back. Enum values are stored as the file's words.</summary>
internal static class EntityRows
{
    private static readonly JsonSerializerOptions StandingItemsJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static NetworkRow Row(Organisation o, int order) => Entity(NetworkPartitions.Organisations, o.Id, order, o.ExtraFieldsJson) with
    {
        Name = o.Name,
        Sector = NetworkWords.Sectors.Word(o.Sector),
    };

    public static Organisation Organisation(NetworkRow row) => new(
        row.RowKey, row.Name ?? string.Empty, Parse(NetworkWords.Sectors, row.Sector), row.ExtraFieldsJson);

    public static NetworkRow Row(Person p, int order) => Entity(NetworkPartitions.People, p.Id, order, p.ExtraFieldsJson) with
    {
        Name = p.Name,
        AadObjectId = AadKey(p.AadObjectId),
        Organisation = p.OrganisationId,
        Roles = JoinList(p.Roles.Select(NetworkWords.Roles.Word)),
        Locale = p.Locale,
    };

    public static Person Person(NetworkRow row) => new(
        row.RowKey,
        row.Name ?? string.Empty,
        Guid.Parse(row.AadObjectId ?? string.Empty),
        row.Organisation ?? string.Empty,
        [.. SplitList(row.Roles).Select(w => Parse(NetworkWords.Roles, w))],
        row.Locale,
        row.ExtraFieldsJson);

    public static NetworkRow Row(Forum f, int order) => Entity(NetworkPartitions.Forums, f.Id, order, f.ExtraFieldsJson) with
    {
        Name = f.Name,
        Level = NetworkWords.Levels.Word(f.Level),
        Chairs = JoinList(f.Chairs),
        Members = JoinList(f.Members),
        Cadence = f.Cadence,
        DurationMinutes = f.DurationMinutes,
        PromptDaysBefore = f.PromptDaysBefore,
        UpdatesDueDaysBefore = f.UpdatesDueDaysBefore,
        AgendaDaysBefore = f.AgendaDaysBefore,
        StandingItems = f.StandingItems.Count == 0 ? null : JsonSerializer.Serialize(f.StandingItems, StandingItemsJson),
        Description = f.Description,
    };

    public static Forum Forum(NetworkRow row) => new(
        row.RowKey,
        row.Name ?? string.Empty,
        Parse(NetworkWords.Levels, row.Level),
        SplitList(row.Chairs),
        SplitList(row.Members),
        row.Cadence ?? string.Empty,
        row.DurationMinutes ?? 0,
        row.PromptDaysBefore ?? 0,
        row.UpdatesDueDaysBefore ?? 0,
        row.AgendaDaysBefore,
        row.Description,
        row.ExtraFieldsJson)
    {
        StandingItems = row.StandingItems is { } json ? JsonSerializer.Deserialize<string[]>(json) ?? [] : [],
    };

    public static NetworkRow Row(Initiative i, int order) => Entity(NetworkPartitions.Initiatives, i.Id, order, i.ExtraFieldsJson) with
    {
        Name = i.Name,
        Owner = i.OwnerId,
        Partners = JoinList(i.Partners),
        Contacts = JoinList(i.Contacts),
        Forums = JoinList(i.Forums),
        Topics = JoinList(i.Topics),
        AgeFrom = i.TargetGroup.AgeFrom,
        AgeTo = i.TargetGroup.AgeTo,
        TargetGroupDescription = i.TargetGroup.Description,
        TargetGroupExtraFieldsJson = i.TargetGroup.ExtraFieldsJson,
        Description = i.Description,
    };

    public static Initiative Initiative(NetworkRow row) => new(
        row.RowKey,
        row.Name ?? string.Empty,
        row.Owner ?? string.Empty,
        SplitList(row.Partners),
        SplitList(row.Contacts),
        SplitList(row.Forums),
        SplitList(row.Topics),
        new TargetGroup(row.AgeFrom ?? 0, row.AgeTo ?? 0, row.TargetGroupDescription, row.TargetGroupExtraFieldsJson),
        row.Description,
        row.ExtraFieldsJson);

    /// <summary>The aad index row: aadObjectId → person id, so identifying a sender is a point read.</summary>
    public static NetworkRow IndexRow(Person p) => new() { PartitionKey = NetworkPartitions.AadIndex, RowKey = AadKey(p.AadObjectId), PersonId = p.Id };

    public static string AadKey(Guid aadObjectId) => aadObjectId.ToString("D", CultureInfo.InvariantCulture);

    private static NetworkRow Entity(string partition, string id, int order, string? extraFieldsJson) => new()
    {
        PartitionKey = partition,
        RowKey = id,
        Active = true,
        Order = order,
        ExtraFieldsJson = extraFieldsJson,
    };

    private static T Parse<T>(WordMap<T> words, string? word)
        where T : struct, Enum =>
        words.TryParse(word, out var value) ? value : throw new InvalidDataException($"Stored value '{word}' is not a known {typeof(T).Name}.");
}
