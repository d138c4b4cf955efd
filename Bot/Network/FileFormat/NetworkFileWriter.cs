using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ForumBot.Network.FileFormat;

/// <summary>
/// Writes a network back in the file format. Canonical where the reader is lenient (enum
/// words and GUIDs in lower case); optional fields appear only when they have a value, and
/// the fields ForumBot kept without using come last, as they were.
/// </summary>
public static class NetworkFileWriter
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(NetworkDefinition network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var root = new JsonObject
        {
            ["area"] = network.Area,
            ["timeZone"] = network.TimeZoneId,
            ["organisations"] = Array(network.Organisations, Organisation),
            ["people"] = Array(network.People, Person),
            ["forums"] = Array(network.Forums, Forum),
            ["initiatives"] = Array(network.Initiatives, Initiative),
        };
        return WithExtras(root, network.ExtraFieldsJson).ToJsonString(Indented) + "\n";
    }

    private static JsonObject Organisation(Organisation o) => WithExtras(new JsonObject
    {
        ["id"] = o.Id,
        ["name"] = o.Name,
        ["sector"] = NetworkWords.Sectors.Word(o.Sector),
    }, o.ExtraFieldsJson);

    private static JsonObject Person(Person p)
    {
        var json = new JsonObject
        {
            ["id"] = p.Id,
            ["name"] = p.Name,
            ["aadObjectId"] = p.AadObjectId.ToString("D", CultureInfo.InvariantCulture),
            ["organisation"] = p.OrganisationId,
            ["roles"] = Strings(p.Roles.Select(NetworkWords.Roles.Word)),
        };
        AddIfSet(json, "locale", p.Locale);
        return WithExtras(json, p.ExtraFieldsJson);
    }

    private static JsonObject Forum(Forum f)
    {
        var json = new JsonObject
        {
            ["id"] = f.Id,
            ["name"] = f.Name,
            ["level"] = NetworkWords.Levels.Word(f.Level),
            ["chairs"] = Strings(f.Chairs),
            ["members"] = Strings(f.Members),
            ["cadence"] = f.Cadence,
            ["durationMinutes"] = f.DurationMinutes,
            ["promptDaysBefore"] = f.PromptDaysBefore,
            ["updatesDueDaysBefore"] = f.UpdatesDueDaysBefore,
        };
        if (f.AgendaDaysBefore is { } agenda)
        {
            json["agendaDaysBefore"] = agenda;
        }

        AddIfSet(json, "description", f.Description);
        if (f.StandingItems.Count > 0)
        {
            json["standingItems"] = Strings(f.StandingItems);
        }

        return WithExtras(json, f.ExtraFieldsJson);
    }

    private static JsonObject Initiative(Initiative i)
    {
        var targetGroup = new JsonObject { ["ageFrom"] = i.TargetGroup.AgeFrom, ["ageTo"] = i.TargetGroup.AgeTo };
        AddIfSet(targetGroup, "description", i.TargetGroup.Description);
        var json = new JsonObject
        {
            ["id"] = i.Id,
            ["name"] = i.Name,
            ["owner"] = i.OwnerId,
            ["partners"] = Strings(i.Partners),
            ["contacts"] = Strings(i.Contacts),
            ["forums"] = Strings(i.Forums),
            ["topics"] = Strings(i.Topics),
            ["targetGroup"] = WithExtras(targetGroup, i.TargetGroup.ExtraFieldsJson),
        };
        AddIfSet(json, "description", i.Description);
        return WithExtras(json, i.ExtraFieldsJson);
    }

    private static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonObject> write) => [.. items.Select(i => (JsonNode)write(i))];

    private static JsonArray Strings(IEnumerable<string> items) => [.. items.Select(i => (JsonNode)JsonValue.Create(i))];

    private static void AddIfSet(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }

    private static JsonObject WithExtras(JsonObject json, string? extraFieldsJson)
    {
        if (extraFieldsJson is not null && JsonNode.Parse(extraFieldsJson) is JsonObject extras)
        {
            foreach (var (name, value) in extras.ToList())
            {
                extras.Remove(name);
                json[name] = value;
            }
        }

        return json;
    }
}
