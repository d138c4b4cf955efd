using ForumBot.Escalations.Model;
using ForumBot.Localization;
using ForumBot.Network;

namespace ForumBot.Escalations;

/// <summary>The escalations' words that several cards and agenda items share, in both languages.</summary>
public static class EscalationTexts
{
    /// <summary>"24 November 2026" / "24. november 2026": the day of an instant in the network's zone.</summary>
    public static string Day(Language language, DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString(language.Pick("d MMMM yyyy", "d. MMMM yyyy"), language.Culture());

    public static string Flag(Language language) =>
        language.Pick("⚠ open for more than two meetings", "⚠ åben i mere end to møder");

    public static string OpenSince(Language language, Escalation escalation, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        var day = Day(language, escalation.RaisedAt, zone);
        return language.Pick($"open since {day}", $"åben siden {day}");
    }

    public static string ForumName(NetworkSnapshot network, string forumId)
    {
        ArgumentNullException.ThrowIfNull(network);
        return network.FindForum(forumId)?.Name ?? forumId;
    }

    public static string PersonName(NetworkSnapshot network, string personId)
    {
        ArgumentNullException.ThrowIfNull(network);
        return network.FindPerson(personId)?.Name ?? personId;
    }

    public static string Title(Language language, Escalation escalation)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        return language.Pick(escalation.TitleEnglish, escalation.TitleDanish);
    }

    /// <summary>What kind of answer it is, as a label: "Decision", "Follow-up", "Not for us".</summary>
    public static string AnswerLabel(Language language, EscalationAnswerKind kind) => kind switch
    {
        EscalationAnswerKind.FollowUp => language.Pick("Follow-up", "Opfølgning"),
        EscalationAnswerKind.NotForUs => language.Pick("Not for us", "Ikke for os"),
        _ => language.Pick("Decision", "Beslutning"),
    };

    /// <summary>
    /// "Mette Larsen answered it at 10:14" (the date is added when it was not today): the answer
    /// to a chair whose answer lost to one given first.
    /// </summary>
    public static string Answered(Language language, EscalationAnswer answer, NetworkSnapshot network, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(network);
        var who = PersonName(network, answer.AnsweredBy);
        var local = TimeZoneInfo.ConvertTime(answer.AnsweredAt, network.TimeZone);
        var sameDay = local.Date == TimeZoneInfo.ConvertTime(now, network.TimeZone).Date;
        var at = sameDay
            ? language.Pick($"at {local.ToString("HH:mm", language.Culture())}", $"kl. {local.ToString("HH.mm", language.Culture())}")
            : language.Pick("on ", string.Empty) + LocalTimeText.Format(language, answer.AnsweredAt, network.TimeZone);
        return answer.Kind == EscalationAnswerKind.NotForUs
            ? language.Pick($"{who} answered it {at}: not for this forum", $"{who} besvarede den {at}: ikke for dette forum")
            : language.Pick($"{who} answered it {at}", $"{who} besvarede den {at}");
    }

    /// <summary>"answered by Pernille Skov, Thursday 14 January 2027 at 14:20" / "declined by …".</summary>
    public static string AnsweredBy(Language language, EscalationAnswer answer, NetworkSnapshot network)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var who = PersonName(network, answer.AnsweredBy);
        var when = LocalTimeText.Format(language, answer.AnsweredAt, network.TimeZone);
        return answer.Kind == EscalationAnswerKind.NotForUs
            ? language.Pick($"declined by {who}, {when}", $"afvist af {who}, {when}")
            : language.Pick($"answered by {who}, {when}", $"besvaret af {who}, {when}");
    }
}
