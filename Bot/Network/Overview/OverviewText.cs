using ForumBot.Localization;

namespace ForumBot.Network.Overview;

/// <summary>The words overview cards share: names by id, age ranges, levels, "and N more".</summary>
public static class OverviewText
{
    /// <summary>Cards stay small: at most this many initiatives (or forums) each.</summary>
    public const int MaxItemsPerCard = 15;

    public const string None = "—";

    public static string Ages(Language language, TargetGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return language.Pick($"ages {group.AgeFrom}–{group.AgeTo}", $"{group.AgeFrom}–{group.AgeTo} år");
    }

    /// <summary>The age range, with the file's description of the group when it has one.</summary>
    public static string TargetGroup(Language language, TargetGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var ages = Ages(language, group);
        return string.IsNullOrWhiteSpace(group.Description) ? ages : $"{ages} ({group.Description})";
    }

    public static string Organisation(NetworkSnapshot network, string id) => network.FindOrganisation(id)?.Name ?? id;

    public static string Person(NetworkSnapshot network, string id) => network.FindPerson(id)?.Name ?? id;

    public static string Organisations(NetworkSnapshot network, IEnumerable<string> ids) => List(ids.Select(id => Organisation(network, id)));

    public static string People(NetworkSnapshot network, IEnumerable<string> ids) => List(ids.Select(id => Person(network, id)));

    public static string Topics(Language language, IEnumerable<string> topics) => List(topics.Select(t => TopicVocabulary.Display(t, language)));

    public static string List(IEnumerable<string> items)
    {
        var text = string.Join(", ", items);
        return text.Length == 0 ? None : text;
    }

    public static string Level(Language language, ForumLevel level) => level switch
    {
        ForumLevel.Strategic => language.Pick("strategic", "strategisk"),
        ForumLevel.Frontline => language.Pick("frontline", "udførende"),
        _ => language.Pick("civil society", "civilsamfund"),
    };

    public static string Count(Language language, int count, string englishOne, string englishMany, string danishOne, string danishMany) =>
        count == 1 ? $"1 {language.Pick(englishOne, danishOne)}" : $"{count} {language.Pick(englishMany, danishMany)}";

    /// <summary>The line under a capped list; null when nothing was left out.</summary>
    public static string? More(Language language, int total, int shown) =>
        total > shown
            ? language.Pick($"… and {total - shown} more. Narrow your search to see them.", $"… og {total - shown} mere. Afgræns søgningen for at se dem.")
            : null;
}
