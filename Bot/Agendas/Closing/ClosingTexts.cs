using System.Globalization;
using ForumBot.Agendas.Cards;
using ForumBot.Agendas.Meetings;
using ForumBot.Localization;
using ForumBot.Network;
using ForumBot.Scheduling;

namespace ForumBot.Agendas.Closing;

/// <summary>What "close meeting" / "afslut møde" answers, in both languages.</summary>
internal static class ClosingTexts
{
    public static string Usage(Language language, IEnumerable<Forum> chaired)
    {
        var ids = chaired.Select(f => f.Id).ToList();
        var usage = language.Pick(
            "Write “close meeting <forum>”, or “close meeting” in the forum's channel.",
            "Skriv “afslut møde <forum>”, eller “afslut møde” i forummets kanal.");
        return ids.Count == 0 ? usage : usage + language.Pick(" The forums you chair: ", " De fora, du er forperson for: ") + string.Join(", ", ids) + ".";
    }

    public static string UnknownForum(Language language, string typed) => language.Pick(
        $"I don't know the forum \"{typed}\". Write \"forums\" to see them.",
        $"Forummet \"{typed}\" kender jeg ikke. Skriv \"fora\" for at se dem.");

    public static string SeveralForums(Language language, IEnumerable<Forum> forums) =>
        language.Pick("That matches more than one forum; write its id:", "Det passer på flere fora; skriv dets id:")
        + "\n" + string.Join('\n', forums.Select(f => $"- {f.Id}: {f.Name}"));

    public static string NotChair(Language language, Forum forum) => language.Pick(
        $"Only the chairs of {forum.Name} can close its meeting.",
        $"Kun forpersonerne for {forum.Name} kan afslutte dets møde.");

    public static string NotStarted(Language language, Forum forum, Meeting? next, TimeZoneInfo zone) => next is null
        ? language.Pick($"{forum.Name} has had no meeting yet, so there is nothing to close.", $"{forum.Name} har ikke holdt noget møde endnu, så der er intet at afslutte.")
        : language.Pick(
            $"{forum.Name} has had no meeting yet: the first is {LocalTimeText.Format(language, next.StartsAtUtc, zone)}. A meeting can be closed once it has started.",
            $"{forum.Name} har ikke holdt noget møde endnu: det første er {LocalTimeText.Format(language, next.StartsAtUtc, zone)}. Et møde kan afsluttes, når det er begyndt.");

    public static string Closed(Language language, Forum forum, Meeting meeting, CloseResult result, TimeZoneInfo zone)
    {
        var when = LocalTimeText.Format(language, meeting.StartsAtUtc, zone);
        var carried = (result.Next, result.Carried.Count) switch
        {
            (null, _) => language.Pick("The forum has no next meeting in its calendar, so nothing was carried over.", "Forummet har intet næste møde i sin kalender, så intet er overført."),
            (_, 0) => language.Pick("Nothing was carried over.", "Intet er overført."),
            ({ } next, var count) => language.Pick(
                $"{Count(count)} {(count == 1 ? "item" : "items")} not discussed {(count == 1 ? "is" : "are")} carried over to the meeting on {MeetingDay.Format(language, next.StartsAtUtc, zone)}.",
                $"{Count(count)} {(count == 1 ? "punkt" : "punkter")}, der ikke blev drøftet, er overført til mødet den {MeetingDay.Format(language, next.StartsAtUtc, zone)}."),
        };
        var minutes = result.Minutes is { InThread: true }
            ? language.Pick("The minutes will be posted in the agenda's thread in the channel.", "Referatet sendes i dagsordenens tråd i kanalen.")
            : language.Pick("The minutes will be sent to the forum's chairs in a 1:1 chat.", "Referatet sendes til forummets forpersoner i en 1:1-chat.");
        return language.Pick($"The meeting of {forum.Name} on {when} is closed ✓. ", $"Mødet i {forum.Name} {when} er afsluttet ✓. ") + carried + " " + minutes;
    }

    public static string AlreadyClosed(Language language, Forum forum, Meeting meeting, MeetingState state, NetworkSnapshot network)
    {
        var zone = network.TimeZone;
        var when = LocalTimeText.Format(language, meeting.StartsAtUtc, zone);
        var at = state.ClosedAt is { } closedAt ? LocalTimeText.Format(language, closedAt, zone) : string.Empty;
        if (state.ClosedBy == MeetingState.ClosedAutomatically)
        {
            return language.Pick(
                $"The meeting of {forum.Name} on {when} was already closed: it closed by itself at its end, {at}.",
                $"Mødet i {forum.Name} {when} er allerede afsluttet: det afsluttede sig selv ved mødets slutning, {at}.");
        }

        var name = network.FindPerson(state.ClosedBy ?? string.Empty)?.Name ?? state.ClosedBy;
        return language.Pick(
            $"The meeting of {forum.Name} on {when} was already closed by {name} {at}.",
            $"Mødet i {forum.Name} {when} er allerede afsluttet af {name} {at}.");
    }

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
