using ForumBot.Localization;
using ForumBot.Network.Overview;

namespace ForumBot.Network.Channels;

/// <summary>What "link forum" answers, in both languages: (heading, text, hint).</summary>
internal static class LinkForumMessages
{
    public static (string, string, string?) Usage(Language language, NetworkSnapshot network) => (
        language.Pick("Which forum?", "Hvilket forum?"),
        language.Pick("Write “link forum <id or name>” in the forum's Teams channel.", "Skriv “tilknyt forum <id eller navn>” i forummets Teams-kanal."),
        ForumList(language, network));

    public static (string, string, string?) Unknown(Language language, NetworkSnapshot network, string query) => (
        language.Pick($"No forum called “{query}”", $"Intet forum hedder “{query}”"),
        language.Pick("Use one of the forums' ids (or names).", "Brug et af foraenes id'er (eller navne)."),
        ForumList(language, network));

    public static (string, string, string?) Several(Language language, IReadOnlyList<Forum> forums, string query) => (
        language.Pick($"{forums.Count} forums match “{query}”", $"{forums.Count} fora passer på “{query}”"),
        language.Pick("Write the id of the one you mean: ", "Skriv id'et på det, du mener: ") + Ids(forums),
        null);

    public static (string, string, string?) NotAllowed(Language language, NetworkSnapshot network, Forum forum) => (
        language.Pick("Only a chair can link this forum", "Kun en forperson kan tilknytte dette forum"),
        language.Pick(
            $"Only the chair(s) of {forum.Name} ({OverviewText.People(network, forum.Chairs)}) or an administrator can link a channel to it.",
            $"Kun forpersonen for {forum.Name} ({OverviewText.People(network, forum.Chairs)}) eller en administrator kan tilknytte en kanal til forummet."),
        language.Pick("Ask one of them to write the command in the forum's channel.", "Bed en af dem om at skrive kommandoen i forummets kanal."));

    public static (string, string, string?) NotInChannel(Language language, Forum forum, string botName) => (
        language.Pick("Say it in the forum's channel", "Skriv det i forummets kanal"),
        language.Pick(
            $"Linking makes a Teams channel {forum.Name}'s channel, so write this in that channel: @{botName} link forum {forum.Id}",
            $"Tilknytning gør en Teams-kanal til {forum.Name}s kanal, så skriv dette i selve kanalen: @{botName} tilknyt forum {forum.Id}"),
        null);

    public static (string, string, string?) Linked(Language language, Forum forum, LinkOutcome outcome) => (
        language.Pick("Linked", "Tilknyttet"),
        language.Pick(
            $"Linked: this channel is now {forum.Name}'s channel in ForumBot; the forum's posts will come here.",
            $"Tilknyttet: denne kanal er nu {forum.Name}s kanal i ForumBot; forummets opslag kommer her."),
        outcome.Status == LinkStatus.Moved
            ? language.Pick(
                $"{forum.Name} was linked to {outcome.Previous?.DisplayName ?? "another channel"} before; that channel gets nothing more from ForumBot.",
                $"{forum.Name} var før tilknyttet {outcome.Previous?.DisplayName ?? "en anden kanal"}; den kanal får ikke mere fra ForumBot.")
            : null);

    public static (string, string, string?) ChangedMeanwhile(Language language, Forum forum) => (
        language.Pick("Not linked", "Ikke tilknyttet"),
        language.Pick(
            $"Someone linked {forum.Name} at the same moment, so nothing was changed. Please try again.",
            $"En anden tilknyttede {forum.Name} i samme øjeblik, så intet blev ændret. Prøv igen."),
        null);

    private static string ForumList(Language language, NetworkSnapshot network) =>
        language.Pick("Forums: ", "Fora: ") + OverviewText.List(network.Forums.Select(f => $"{f.Id} ({f.Name})"));

    private static string Ids(IEnumerable<Forum> forums) => OverviewText.List(forums.Select(f => $"{f.Id} ({f.Name})"));
}
