namespace ForumBot.Network;

public enum Sector
{
    Municipality,
    Police,
    Housing,
    School,
    CivilSociety,
    Business,
    Other,
}

/// <summary>Network-wide roles; chairs, members and contacts are per forum or initiative instead.</summary>
public enum GlobalRole
{
    Manager,
    Admin,
}

public enum ForumLevel
{
    Strategic,
    Frontline,
    CivilSociety,
}

/// <summary>The words the network file uses for each enum value (the file's public contract).</summary>
public static class NetworkWords
{
    public static WordMap<Sector> Sectors { get; } = new(
        (Sector.Municipality, "municipality"),
        (Sector.Police, "police"),
        (Sector.Housing, "housing"),
        (Sector.School, "school"),
        (Sector.CivilSociety, "civil-society"),
        (Sector.Business, "business"),
        (Sector.Other, "other"));

    public static WordMap<GlobalRole> Roles { get; } = new(
        (GlobalRole.Manager, "manager"),
        (GlobalRole.Admin, "admin"));

    public static WordMap<ForumLevel> Levels { get; } = new(
        (ForumLevel.Strategic, "strategic"),
        (ForumLevel.Frontline, "frontline"),
        (ForumLevel.CivilSociety, "civil-society"));
}

/// <summary>A two-way map between enum values and their words; parsing ignores case.</summary>
public sealed class WordMap<T>
    where T : struct, Enum
{
    private readonly Dictionary<T, string> _words = [];
    private readonly Dictionary<string, T> _values = new(StringComparer.OrdinalIgnoreCase);

    public WordMap(params (T Value, string Word)[] pairs)
    {
        foreach (var (value, word) in pairs)
        {
            _words.Add(value, word);
            _values.Add(word, value);
        }

        Words = [.. pairs.Select(p => p.Word)];
    }

    public IReadOnlyList<string> Words { get; }

    public string Word(T value) => _words[value];

    public bool TryParse(string? word, out T value)
    {
        value = default;
        return word is not null && _values.TryGetValue(word, out value);
    }
}
