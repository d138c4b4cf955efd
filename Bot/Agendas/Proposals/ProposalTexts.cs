using ForumBot.Agendas.Meetings;
using ForumBot.Localization;
using ForumBot.Network;

namespace ForumBot.Agendas.Proposals;

/// <summary>What "propose" / "foreslå" answers, in both languages.</summary>
internal static class ProposalTexts
{
    public static string Usage(Language language, IEnumerable<Forum> forums)
    {
        var list = forums.Select(f => f.Id).ToList();
        var usage = language.Pick(
            "Write it like this: propose <forum>: <what the forum should take up>, for example: propose fritidsjob: Summer jobs in the shops. In the forum's channel the forum may be left out.",
            "Skriv sådan: foreslå <forum>: <hvad forummet skal tage op>, for eksempel: foreslå fritidsjob: Sommerjob i butikkerne. I forummets kanal kan forummet udelades.");
        return list.Count == 0 ? usage : usage + language.Pick(" Your forums: ", " Dine fora: ") + string.Join(", ", list) + ".";
    }

    public static string UnknownForum(Language language, string typed) => language.Pick(
        $"I don't know the forum \"{typed}\". Write \"forums\" to see them.",
        $"Forummet \"{typed}\" kender jeg ikke. Skriv \"fora\" for at se dem.");

    public static string SeveralForums(Language language, IEnumerable<Forum> forums) =>
        language.Pick("That matches more than one forum; write its id:", "Det passer på flere fora; skriv dets id:")
        + "\n" + string.Join('\n', forums.Select(f => $"- {f.Id}: {f.Name}"));

    public static string NotAllowed(Language language, Forum forum) => language.Pick(
        $"Only the chairs and members of {forum.Name} can propose items for its agenda.",
        $"Kun forpersoner og medlemmer af {forum.Name} kan foreslå punkter til dets dagsorden.");

    public static string Cpr(Language language) => language.Pick(
        "This looks like a CPR number. Agenda items are shared with the forum and kept, so personal identifiers do not belong in them. "
        + "Please leave the number out (describe the matter without identifying anyone) and send again. Nothing was proposed.",
        "Det ligner et CPR-nummer. Dagsordenspunkter deles med forummet og gemmes, så personnumre hører ikke hjemme i dem. "
        + "Udelad nummeret (beskriv sagen uden at nogen kan genkendes), og send igen. Intet er foreslået.");

    public static string TooLong(Language language, int length) => language.Pick(
        $"A proposal is at most {Proposal.MaxTextLength} characters (this has {length}). Say it shorter; the details belong in the meeting.",
        $"Et forslag er højst {Proposal.MaxTextLength} tegn (her er {length}). Skriv det kortere; detaljerne hører til på mødet.");

    public static string NoMeeting(Language language, Forum forum) => language.Pick(
        $"{forum.Name} has no coming meeting in its calendar, so there is no agenda to propose for.",
        $"{forum.Name} har intet kommende møde i sin kalender, så der er ingen dagsorden at foreslå til.");

    public static string Proposed(Language language, Forum forum, string when, string text) => language.Pick(
        $"Proposed ✓ for the meeting of {forum.Name} on {when}: “{text}”. The chairs can take it off the agenda.",
        $"Foreslået ✓ til mødet i {forum.Name} {when}: “{text}”. Forpersonerne kan fjerne det fra dagsordenen.");
}
