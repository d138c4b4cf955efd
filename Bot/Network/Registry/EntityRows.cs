using System.Globalization;
using Azure.Data.Tables;
using static ForumBot.Network.Registry.RowFields;

namespace ForumBot.Network.Registry;

/// <summary>Maps each entity to its row and back. Enum values are stored as the file's words.</summary>
internal static class EntityRows
{
    public static TableEntity Row(Organisation o, int order)
    {
        var row = Entity(NetworkPartitions.Organisations, o.Id, order, o.ExtraFieldsJson);
        row["Name"] = o.Name;
        row["Sector"] = NetworkWords.Sectors.Word(o.Sector);
        return row;
    }

    public static Organisation Organisation(TableEntity row) => new(
        row.RowKey, row.GetString("Name"), Parse(NetworkWords.Sectors, row.GetString("Sector")), row.GetString(Extra));

    public static TableEntity Row(Person p, int order)
    {
        var row = Entity(NetworkPartitions.People, p.Id, order, p.ExtraFieldsJson);
        row["Name"] = p.Name;
        row["AadObjectId"] = AadKey(p.AadObjectId);
        row["Organisation"] = p.OrganisationId;
        row["Roles"] = JoinList(p.Roles.Select(NetworkWords.Roles.Word));
        SetIfNotNull(row, "Locale", p.Locale);
        return row;
    }

    public static Person Person(TableEntity row) => new(
        row.RowKey,
        row.GetString("Name"),
        Guid.Parse(row.GetString("AadObjectId")),
        row.GetString("Organisation"),
        [.. SplitList(row.GetString("Roles")).Select(w => Parse(NetworkWords.Roles, w))],
        row.GetString("Locale"),
        row.GetString(Extra));

    public static TableEntity Row(Forum f, int order)
    {
        var row = Entity(NetworkPartitions.Forums, f.Id, order, f.ExtraFieldsJson);
        row["Name"] = f.Name;
        row["Level"] = NetworkWords.Levels.Word(f.Level);
        row["Chairs"] = JoinList(f.Chairs);
        row["Members"] = JoinList(f.Members);
        row["Cadence"] = f.Cadence;
        row["DurationMinutes"] = f.DurationMinutes;
        row["PromptDaysBefore"] = f.PromptDaysBefore;
        row["UpdatesDueDaysBefore"] = f.UpdatesDueDaysBefore;
        SetIfNotNull(row, "AgendaDaysBefore", f.AgendaDaysBefore);
        SetIfNotNull(row, "Description", f.Description);
        return row;
    }

    public static Forum Forum(TableEntity row) => new(
        row.RowKey,
        row.GetString("Name"),
        Parse(NetworkWords.Levels, row.GetString("Level")),
        SplitList(row.GetString("Chairs")),
        SplitList(row.GetString("Members")),
        row.GetString("Cadence"),
        row.GetInt32("DurationMinutes") ?? 0,
        row.GetInt32("PromptDaysBefore") ?? 0,
        row.GetInt32("UpdatesDueDaysBefore") ?? 0,
        row.GetInt32("AgendaDaysBefore"),
        row.GetString("Description"),
        row.GetString(Extra));

    public static TableEntity Row(Initiative i, int order)
    {
        var row = Entity(NetworkPartitions.Initiatives, i.Id, order, i.ExtraFieldsJson);
        row["Name"] = i.Name;
        row["Owner"] = i.OwnerId;
        row["Partners"] = JoinList(i.Partners);
        row["Contacts"] = JoinList(i.Contacts);
        row["Forums"] = JoinList(i.Forums);
        row["Topics"] = JoinList(i.Topics);
        row["AgeFrom"] = i.TargetGroup.AgeFrom;
        row["AgeTo"] = i.TargetGroup.AgeTo;
        SetIfNotNull(row, "TargetGroupDescription", i.TargetGroup.Description);
        SetIfNotNull(row, "TargetGroupExtraFieldsJson", i.TargetGroup.ExtraFieldsJson);
        SetIfNotNull(row, "Description", i.Description);
        return row;
    }

    public static Initiative Initiative(TableEntity row) => new(
        row.RowKey,
        row.GetString("Name"),
        row.GetString("Owner"),
        SplitList(row.GetString("Partners")),
        SplitList(row.GetString("Contacts")),
        SplitList(row.GetString("Forums")),
        SplitList(row.GetString("Topics")),
        new TargetGroup(row.GetInt32("AgeFrom") ?? 0, row.GetInt32("AgeTo") ?? 0, row.GetString("TargetGroupDescription"), row.GetString("TargetGroupExtraFieldsJson")),
        row.GetString("Description"),
        row.GetString(Extra));

    /// <summary>The aad index row: aadObjectId → person id, so identifying a sender is a point read.</summary>
    public static TableEntity IndexRow(Person p) => new(NetworkPartitions.AadIndex, AadKey(p.AadObjectId)) { ["PersonId"] = p.Id };

    public static string AadKey(Guid aadObjectId) => aadObjectId.ToString("D", CultureInfo.InvariantCulture);

    private static TableEntity Entity(string partition, string id, int order, string? extraFieldsJson)
    {
        var row = new TableEntity(partition, id) { [Active] = true, [Order] = order };
        SetIfNotNull(row, Extra, extraFieldsJson);
        return row;
    }

    private static T Parse<T>(WordMap<T> words, string? word)
        where T : struct, Enum =>
        words.TryParse(word, out var value) ? value : throw new InvalidDataException($"Stored value '{word}' is not a known {typeof(T).Name}.");
}
