using ForumBot.Localization;
using ForumBot.Network;
using ForumBot.Network.Overview;

namespace ForumBot.Agendas.Handlers;

/// <summary>What "agenda" answers when there is no agenda to show, in both languages: (heading, text, hint).</summary>
internal static class AgendaMessages
{
    public static (string, string, string?) Usage(Language language, IEnumerable<Forum> forums) => (
        language.Pick("Which forum?", "Hvilket forum?"),
        language.Pick("Write “agenda <forum id or name>”, or write “agenda” in the forum's channel.",
            "Skriv “dagsorden <forummets id eller navn>”, eller skriv “dagsorden” i forummets kanal."),
        ForumList(language, forums));

    public static (string, string, string?) Choose(Language language, IEnumerable<Forum> forums) => (
        language.Pick("Which forum's agenda?", "Hvilket forums dagsorden?"),
        language.Pick("You take part in several forums. Write “agenda <id>” with one of them:",
            "Du er med i flere fora. Skriv “dagsorden <id>” med et af dem:"),
        ForumList(language, forums));

    public static (string, string, string?) Unknown(Language language, NetworkSnapshot network, string query) => (
        language.Pick($"No forum called “{query}”", $"Intet forum hedder “{query}”"),
        language.Pick("Use one of the forums' ids (or names).", "Brug et af foraenes id'er (eller navne)."),
        ForumList(language, network.Forums));

    public static (string, string, string?) Several(Language language, IReadOnlyList<Forum> forums, string query) => (
        language.Pick($"{forums.Count} forums match “{query}”", $"{forums.Count} fora passer på “{query}”"),
        language.Pick("Write the id of the one you mean: ", "Skriv id'et på det, du mener: ") + Ids(forums),
        null);

    public static (string, string, string?) NotAllowed(Language language, Forum forum) => (
        language.Pick("Not your forum's agenda", "Ikke dit forums dagsorden"),
        language.Pick(
            $"Only the chairs and members of {forum.Name}, managers and administrators can see its agenda.",
            $"Kun forpersoner og medlemmer af {forum.Name}, ledere og administratorer kan se dets dagsorden."),
        language.Pick("Ask a chair of the forum if you think you should be a member.", "Spørg en forperson for forummet, hvis du mener, du bør være medlem."));

    public static (string, string, string?) NoMeeting(Language language, Forum forum) => (
        language.Pick("No coming meeting", "Intet kommende møde"),
        language.Pick($"{forum.Name} has no meeting coming in its calendar, so there is no agenda.",
            $"{forum.Name} har intet kommende møde i sin kalender, så der er ingen dagsorden."),
        null);

    private static string ForumList(Language language, IEnumerable<Forum> forums) =>
        language.Pick("Forums: ", "Fora: ") + Ids(forums);

    private static string Ids(IEnumerable<Forum> forums) => OverviewText.List(forums.Select(f => $"{f.Id} ({f.Name})"));
}
