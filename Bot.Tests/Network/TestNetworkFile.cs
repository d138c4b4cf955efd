using System.Text.Json.Nodes;

namespace ForumBot.Tests.Network;

/// <summary>
/// A small valid network file with one person per role, to mutate per test:
/// p-admin (admin), p-manager (manager, chairs "strategic"), p-chair (chairs "fritidsjob"),
/// p-member (member of "fritidsjob", contact for "homework"), p-contact (contact for "leisure-jobs"),
/// p-plain (registered, nothing else).
/// </summary>
public static class TestNetworkFile
{
    public const string AdminAad = "a0000000-0000-4000-8000-000000000001";
    public const string ManagerAad = "a0000000-0000-4000-8000-000000000002";
    public const string ChairAad = "a0000000-0000-4000-8000-000000000003";
    public const string MemberAad = "a0000000-0000-4000-8000-000000000004";
    public const string ContactAad = "a0000000-0000-4000-8000-000000000005";
    public const string PlainAad = "a0000000-0000-4000-8000-000000000006";
    public const string UnknownAad = "b0000000-0000-4000-8000-0000000000ff";

    public static JsonObject Create() => new()
    {
        ["area"] = "Testby",
        ["timeZone"] = "Europe/Copenhagen",
        ["organisations"] = new JsonArray(
            Organisation("kk-bif", "Børne- og Ungdomsforvaltningen", "municipality"),
            Organisation("politi", "Københavns Politi", "police"),
            Organisation("fsb", "fsb Tingbjerg", "housing"),
            Organisation("klub", "Ungdomsklubben", "civil-society")),
        ["people"] = new JsonArray(
            Person("p-admin", "Ada Admin", AdminAad, "kk-bif", ["admin"], "en-GB"),
            Person("p-manager", "Mads Leder", ManagerAad, "politi", ["manager"], "da-DK"),
            Person("p-chair", "Camilla Formand", ChairAad, "kk-bif", [], "da-DK"),
            Person("p-member", "Mikkel Medlem", MemberAad, "klub", [], "da-DK"),
            Person("p-contact", "Karin Kontakt", ContactAad, "fsb", [], null),
            Person("p-plain", "Per Plain", PlainAad, "fsb", [], "da-DK")),
        ["forums"] = new JsonArray(
            Forum("fritidsjob", "Fritidsjobnetværket", "frontline", ["p-chair"], ["p-member", "p-contact"], "0 9 * * 2#1"),
            Forum("strategic", "Strategisk forum", "strategic", ["p-manager"], ["p-admin"], "0 13 1 */3 *")),
        ["initiatives"] = new JsonArray(
            Initiative("leisure-jobs", "Fritidsjob i Tingbjerg", "kk-bif", ["fsb"], ["p-contact"], ["fritidsjob"], ["leisure jobs"], 13, 17),
            Initiative("homework", "Lektiecafé", "klub", [], ["p-member"], ["fritidsjob", "strategic"], ["homework", "school"], 10, 15)),
    };

    public static JsonObject Organisation(string id, string name, string sector) => new() { ["id"] = id, ["name"] = name, ["sector"] = sector };

    public static JsonObject Person(string id, string name, string aad, string organisation, string[] roles, string? locale)
    {
        var person = new JsonObject { ["id"] = id, ["name"] = name, ["aadObjectId"] = aad, ["organisation"] = organisation, ["roles"] = Strings(roles) };
        if (locale is not null)
        {
            person["locale"] = locale;
        }

        return person;
    }

    public static JsonObject Forum(string id, string name, string level, string[] chairs, string[] members, string cadence) => new()
    {
        ["id"] = id,
        ["name"] = name,
        ["level"] = level,
        ["chairs"] = Strings(chairs),
        ["members"] = Strings(members),
        ["cadence"] = cadence,
        ["durationMinutes"] = 90,
        ["promptDaysBefore"] = 7,
        ["updatesDueDaysBefore"] = 2,
    };

    public static JsonObject Initiative(string id, string name, string owner, string[] partners, string[] contacts, string[] forums, string[] topics, int ageFrom, int ageTo) => new()
    {
        ["id"] = id,
        ["name"] = name,
        ["owner"] = owner,
        ["partners"] = Strings(partners),
        ["contacts"] = Strings(contacts),
        ["forums"] = Strings(forums),
        ["topics"] = Strings(topics),
        ["targetGroup"] = new JsonObject { ["ageFrom"] = ageFrom, ["ageTo"] = ageTo },
    };

    public static JsonArray Strings(IEnumerable<string> items) => [.. items.Select(i => (JsonNode)JsonValue.Create(i))];

    /// <summary>Removes the array element whose "id" is <paramref name="id"/>.</summary>
    public static JsonObject Without(this JsonObject file, string section, string id)
    {
        var array = file[section]!.AsArray();
        array.Remove(array.First(e => e!["id"]!.GetValue<string>() == id));
        return file;
    }

    public static JsonObject Element(this JsonObject file, string section, string id) =>
        file[section]!.AsArray().First(e => e!["id"]!.GetValue<string>() == id)!.AsObject();
}
