using System.Text.Json;
using System.Text.RegularExpressions;

namespace ForumBot.Network.FileFormat;

/// <summary>
/// Reads each kind of entity from its JSON object. A field that fails gets a placeholder so
/// reading can go on; the reader never returns a definition when any error was recorded.
/// </summary>
internal static partial class EntityReaders
{
    public const int MaxAge = 120;

    public static Parsed<Organisation>? Organisation(JsonElement element, string path, FileContext context)
    {
        if (ObjectReader.Open(element, path, context.Problems) is not { } o)
        {
            return null;
        }

        var id = o.RequiredId("id");
        var name = o.RequiredString("name");
        var sector = Word(o, "sector", NetworkWords.Sectors, "sector");
        return new(new Organisation(id ?? string.Empty, name ?? string.Empty, sector, o.ExtraFieldsJson()), path);
    }

    public static Parsed<Person>? Person(JsonElement element, string path, FileContext context)
    {
        if (ObjectReader.Open(element, path, context.Problems) is not { } o)
        {
            return null;
        }

        var id = o.RequiredId("id");
        var name = o.RequiredString("name");
        var aadObjectId = o.RequiredGuid("aadObjectId");
        var organisation = o.RequiredString("organisation");
        context.Refer(o.FieldPath("organisation"), organisation, ReferenceKind.Organisation);
        var roles = new List<GlobalRole>();
        foreach (var (word, itemPath) in o.StringList("roles"))
        {
            if (NetworkWords.Roles.TryParse(word, out var role))
            {
                roles.Add(role);
            }
            else
            {
                context.Problems.Add(itemPath, $"unknown role '{word}' (expected {string.Join(" or ", NetworkWords.Roles.Words)})");
            }
        }

        var locale = o.OptionalString("locale");
        if (locale is not null && !LocalePattern().IsMatch(locale))
        {
            context.Problems.Add(o.FieldPath("locale"), $"'{locale}' is not a locale like da-DK or en-GB");
        }

        var person = new Person(id ?? string.Empty, name ?? string.Empty, aadObjectId ?? Guid.Empty, organisation ?? string.Empty, roles, locale, o.ExtraFieldsJson());
        return new(person, path);
    }

    public static Parsed<Initiative>? Initiative(JsonElement element, string path, FileContext context)
    {
        if (ObjectReader.Open(element, path, context.Problems) is not { } o)
        {
            return null;
        }

        var id = o.RequiredId("id");
        var name = o.RequiredString("name");
        var owner = o.RequiredString("owner");
        context.Refer(o.FieldPath("owner"), owner, ReferenceKind.Organisation);
        var partners = context.ReferList(o.StringList("partners"), ReferenceKind.Organisation);
        var contactItems = o.StringList("contacts");
        if (IsEmptyArray(element, "contacts"))
        {
            context.Problems.Add(o.FieldPath("contacts"), "an initiative needs at least one contact");
        }

        var contacts = context.ReferList(contactItems, ReferenceKind.Person);
        var forums = context.ReferList(o.StringList("forums"), ReferenceKind.Forum);
        var topics = o.StringList("topics").Select(t => t.Value).ToList();
        var targetGroup = TargetGroup(o.RequiredObject("targetGroup"), context);
        var description = o.OptionalString("description");
        var initiative = new Initiative(id ?? string.Empty, name ?? string.Empty, owner ?? string.Empty, partners, contacts, forums, topics,
            targetGroup, description, o.ExtraFieldsJson());
        return new(initiative, path);
    }

    private static TargetGroup TargetGroup(ObjectReader? o, FileContext context)
    {
        if (o is null)
        {
            return new TargetGroup(0, 0, null);
        }

        var from = o.ReadInt("ageFrom", required: true, 0, MaxAge);
        var to = o.ReadInt("ageTo", required: true, 0, MaxAge);
        if (from is not null && to is not null && from > to)
        {
            context.Problems.Add(o.FieldPath("ageFrom"), $"must not be greater than ageTo ({to})");
        }

        return new TargetGroup(from ?? 0, to ?? 0, o.OptionalString("description"), o.ExtraFieldsJson());
    }

    internal static T Word<T>(ObjectReader o, string name, WordMap<T> words, string what)
        where T : struct, Enum
    {
        var word = o.RequiredString(name);
        if (word is null)
        {
            return default;
        }

        if (!words.TryParse(word, out var value))
        {
            o.Problems.Add(o.FieldPath(name), $"unknown {what} '{word}' (expected one of: {string.Join(", ", words.Words)})");
        }

        return value;
    }

    internal static bool IsEmptyArray(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0;

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LocalePattern();
}
