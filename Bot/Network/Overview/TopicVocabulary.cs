using ForumBot.Localization;
using ForumBot.Protocol;

namespace ForumBot.Network.Overview;

/// <summary>One topic of the network's vocabulary: its English word (as in the network file) and Danish words for it.</summary>
public sealed record TopicWords(string English, string Danish, params string[] MoreDanish)
{
    public IEnumerable<string> AllWords => MoreDanish.Prepend(Danish).Prepend(English);
}

/// <summary>
/// The demo network writes topics in English ("leisure jobs"), while most users ask in Danish
/// ("fritidsjob"). This table is the bridge, as data: one row per topic, the first Danish word
/// is what Danish users see, the others are what they may type. Adding a topic is adding a
/// row. A network file can also list Danish topics next to the English ones on an initiative
/// ("topics": ["leisure jobs", "fritidsjob"]); both are then matched without any row here.
/// Danish words that are too generic ("job", "tryghed") are left out on purpose: they would
/// pull unrelated topics into an answer.
/// </summary>
public static class TopicVocabulary
{
    public static IReadOnlyList<TopicWords> Topics { get; } =
    [
        new("leisure jobs", "fritidsjob", "fritidsjobs", "fritidsjobbet", "fritidsarbejde", "fritidsjobnetvaerk"),
        new("homework help", "lektiehjælp", "lektiecafé", "lektiecafe", "lektiecaféen", "lektiestøtte", "lektier"),
        new("girls' activities", "pigeaktiviteter", "pigeklub", "pigeklubben", "piger"),
        new("outreach", "opsøgende arbejde", "opsøgende", "gadeplan", "gadeplansarbejde"),
        new("safety walks", "tryghedsvandringer", "tryghedsvandring", "natteravne"),
        new("law education", "retsundervisning", "skolebesøg"),
        new("police dialogue", "dialog med politiet", "politidialog", "nærpoliti"),
        new("early intervention", "tidlig indsats", "bekymringssamtale", "bekymringssamtaler"),
        new("gang exit", "exit fra bander", "exit", "exitforløb", "bandeexit"),
        new("mentoring", "mentorer", "mentor", "mentorordning"),
        new("sports", "idræt", "sport", "fodbold", "boksning"),
        new("employment", "beskæftigelse", "jobsøgning"),
        new("education guidance", "uddannelsesvejledning", "vejledning", "uddannelse"),
        new("school absence", "skolefravær", "fravær"),
        new("parent support", "forældrestøtte", "forældre", "forældresamarbejde"),
        new("substance abuse", "rusmidler", "misbrug", "hash", "stoffer"),
        new("housing", "bolig", "boligsocialt arbejde", "husleje"),
        new("resident involvement", "beboerinddragelse", "beboere", "naboer"),
        new("outdoor activities", "friluftsliv", "spejder", "udeliv"),
        new("youth dialogue", "ungedialog", "dialog med unge"),
        new("business network", "erhvervsnetværk", "erhverv", "butikker"),
        new("holiday activities", "ferieaktiviteter", "sommerferie", "ferie"),
        new("safety strategy", "tryghedsstrategi", "tryghedsplan"),
    ];

    private static readonly Dictionary<string, TopicWords> ByEnglish =
        Topics.ToDictionary(t => CommandText.Normalize(t.English), StringComparer.Ordinal);

    /// <summary>How a topic reads in the language: the Danish word for Danish users when known, else as written.</summary>
    public static string Display(string topic, Language language) =>
        language == Language.Danish && ByEnglish.TryGetValue(CommandText.Normalize(topic), out var words) ? words.Danish : topic;

    /// <summary>Every word (English and Danish, normalised) of the rows the query names.</summary>
    public static IEnumerable<string> Expand(string normalizedQuery) =>
        Topics.Where(t => t.AllWords.Any(w => Names(CommandText.Normalize(w), normalizedQuery)))
            .SelectMany(t => t.AllWords)
            .Select(CommandText.Normalize);

    // "fritidsjob" names leisure jobs, so do "fritidsjob for unge" and "lektie" (a prefix of a word).
    private static bool Names(string word, string query) =>
        word == query
        || TextMatch.ContainsWord(query, word)
        || (query.Length >= 4 && word.StartsWith(query, StringComparison.Ordinal));
}
