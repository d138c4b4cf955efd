using ForumBot.FollowUps.Model;
using ForumBot.Localization;
using ForumBot.Network;

namespace ForumBot.FollowUps;

/// <summary>The follow-ups' words and answers, in the reader's language.</summary>
public static class FollowUpTexts
{
    public static string Status(Language language, FollowUpStatus status) => status switch
    {
        FollowUpStatus.Done => language.Pick("Done", "Udført"),
        FollowUpStatus.Cancelled => language.Pick("Cancelled", "Annulleret"),
        _ => language.Pick("Open", "Åben"),
    };

    public static string CreateUsage(Language language) => language.Pick(
        "Write it like this: followup <forum>: <text> @<owner> due <date>, for example: followup fritidsjob: Call Netto about summer jobs @Sara due friday",
        "Skriv sådan: opfølgning <forum>: <tekst> @<ansvarlig> senest <dato>, for eksempel: opfølgning fritidsjob: Ring til Netto om sommerjob @Sara senest fredag");

    public static string UnknownForum(Language language, string typed) => language.Pick(
        $"I don't know the forum \"{typed}\". Write \"forums\" to see them.",
        $"Forummet \"{typed}\" kender jeg ikke. Skriv \"fora\" for at se dem.");

    public static string SeveralForums(Language language, IEnumerable<Forum> forums) =>
        language.Pick("That matches more than one forum; write its id:", "Det passer på flere fora; skriv dets id:")
        + "\n" + string.Join('\n', forums.Select(f => $"- {f.Id}: {f.Name}"));

    public static string NotChair(Language language, Forum forum) => language.Pick(
        $"Only the chairs of {forum.Name} can record its follow-ups.",
        $"Kun forpersonerne for {forum.Name} kan oprette dets opfølgninger.");

    public static string MayNotView(Language language, Forum forum) => language.Pick(
        $"The follow-ups of {forum.Name} are for its chairs and members (and managers and admins).",
        $"Opfølgningerne i {forum.Name} er for dets forpersoner og medlemmer (og ledere og administratorer).");

    public static string UnknownOwner(Language language, string typed, Forum forum) => language.Pick(
        $"\"{typed}\" is none of the people who can own a follow-up of {forum.Name} (its chairs and members and the contacts of its initiatives).",
        $"\"{typed}\" er ikke en af dem, der kan være ansvarlig for en opfølgning i {forum.Name} (dets forpersoner og medlemmer og kontaktpersonerne for dets indsatser).");

    public static string SeveralOwners(Language language, IEnumerable<Person> people) =>
        language.Pick("That matches more than one person; write more of the name or the person's id:", "Det passer på flere personer; skriv mere af navnet eller personens id:")
        + "\n" + string.Join('\n', people.Select(p => $"- {p.Id}: {p.Name}"));

    public static string TooLong(Language language, int length) => language.Pick(
        $"That text is {length} characters; a follow-up can have at most {FollowUp.MaxTextLength}. Nothing was saved.",
        $"Teksten er på {length} tegn; en opfølgning må højst have {FollowUp.MaxTextLength}. Intet er gemt.");

    public static string Created(Language language, FollowUp followUp, Person owner, Forum forum) => language.Pick(
        $"Follow-up {followUp.Id} recorded ✓ for {forum.Name}: {owner.Name}, due {DueDates.Format(followUp.Due, language)}.",
        $"Opfølgning {followUp.Id} oprettet ✓ i {forum.Name}: {owner.Name}, senest {DueDates.Format(followUp.Due, language)}.");

    /// <summary>Added to an answer when the owner's card could not be queued: the follow-up is saved all the same.</summary>
    public static string OwnerNotTold(Language language, NetworkSnapshot network, FollowUp followUp)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(followUp);
        var owner = network.FindPerson(followUp.OwnerId)?.Name ?? followUp.OwnerId;
        return language.Pick(
            $" I could not send {owner} their card just now; they see the follow-up with \"followups\".",
            $" Jeg kunne ikke sende {owner} kortet lige nu; vedkommende ser opfølgningen med \"opfølgninger\".");
    }

    public static string UnknownFollowUp(Language language, string typed) => language.Pick(
        $"I don't know a follow-up \"{typed}\" you can see. Write \"followups\" to see yours.",
        $"Jeg kender ingen opfølgning \"{typed}\", som du kan se. Skriv \"opfølgninger\" for at se dine.");

    public static string ChairsOnly(Language language, Forum forum) => language.Pick(
        $"Only the chairs of {forum.Name} can cancel a follow-up, change its due date or give it to someone else.",
        $"Kun forpersonerne for {forum.Name} kan annullere en opfølgning, ændre dens frist eller give den til en anden.");

    public static string OwnerOrChairs(Language language, Forum forum) => language.Pick(
        $"Only the owner and the chairs of {forum.Name} can mark this follow-up done.",
        $"Kun den ansvarlige og forpersonerne for {forum.Name} kan markere opfølgningen som udført.");

    /// <summary>A closed follow-up is not changed again: who closed it, when, and how it stands.</summary>
    public static string AlreadyClosed(Language language, FollowUp current, FollowUpChange? last, NetworkSnapshot network, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(current);
        var how = last is null ? string.Empty : " " + Happened(language, last, network, now) + ".";
        return language.Pick($"This follow-up is already {Status(language, current.Status).ToLowerInvariant()}:", $"Opfølgningen er allerede {Status(language, current.Status).ToLowerInvariant()}:")
            + how + " " + Now(language, current, network);
    }

    /// <summary>
    /// The answer to a change that lost its race: "Someone changed this follow-up first: Mikkel
    /// Hansen marked it done at 10:14." and how it stands now, in the reader's language and the network's zone.
    /// </summary>
    public static string ChangedMeanwhile(Language language, FollowUpChange? change, FollowUp? current, NetworkSnapshot network, DateTimeOffset now)
    {
        var what = change is null ? string.Empty : " " + Happened(language, change, network, now) + ".";
        var state = current is null ? string.Empty : " " + Now(language, current, network);
        return language.Pick("Someone changed this follow-up first:", "Nogen ændrede opfølgningen først:") + what + state
            + " " + language.Pick("Your change was not saved; try again if it is still needed.", "Din ændring er ikke gemt; prøv igen, hvis den stadig er nødvendig.");
    }

    /// <summary>"Mikkel Hansen marked it done at 10:14"; the date is added when it was not today.</summary>
    public static string Happened(Language language, FollowUpChange change, NetworkSnapshot network, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(network);
        var who = network.FindPerson(change.PersonId)?.Name ?? change.PersonId;
        var local = TimeZoneInfo.ConvertTime(change.At, network.TimeZone);
        var sameDay = local.Date == TimeZoneInfo.ConvertTime(now, network.TimeZone).Date;
        var at = sameDay
            ? language.Pick($"at {local.ToString("HH:mm", language.Culture())}", $"kl. {local.ToString("HH.mm", language.Culture())}")
            : language.Pick("on ", string.Empty) + LocalTimeText.Format(language, change.At, network.TimeZone);
        var newOwner = network.FindPerson(change.NewValue ?? string.Empty)?.Name ?? change.NewValue;
        var what = change.Kind switch
        {
            FollowUpChangeKind.Done => language.Pick("marked it done", "markerede den som udført"),
            FollowUpChangeKind.Cancelled => language.Pick("cancelled it", "annullerede den"),
            FollowUpChangeKind.Reopened => language.Pick("reopened it", "genåbnede den"),
            FollowUpChangeKind.Reassigned => language.Pick($"gave it to {newOwner}", $"gav den til {newOwner}"),
            FollowUpChangeKind.DueChanged => language.Pick("changed its due date", "ændrede fristen"),
            FollowUpChangeKind.Commented => language.Pick("commented on it", "kommenterede den"),
            FollowUpChangeKind.DueProposed => language.Pick("proposed a new due date", "foreslog en ny frist"),
            FollowUpChangeKind.DueProposalAccepted => language.Pick("accepted a new due date", "godkendte en ny frist"),
            FollowUpChangeKind.DueProposalRefused => language.Pick("refused a new due date", "afviste en ny frist"),
            _ => language.Pick("created it", "oprettede den"),
        };
        return $"{who} {what} {at}";
    }

    /// <summary>"Now: Done, Sara Nielsen, due Friday 27 November 2026."</summary>
    public static string Now(Language language, FollowUp current, NetworkSnapshot network)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(network);
        var owner = network.FindPerson(current.OwnerId)?.Name ?? current.OwnerId;
        return language.Pick(
            $"Now: {Status(language, current.Status)}, {owner}, due {DueDates.Format(current.Due, language)}.",
            $"Nu: {Status(language, current.Status)}, {owner}, senest {DueDates.Format(current.Due, language)}.");
    }
}
