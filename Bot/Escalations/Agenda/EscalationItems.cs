using ForumBot.Agendas.Composition;
using ForumBot.Agendas.Model;
using ForumBot.Escalations.Model;
using ForumBot.FollowUps.Model;
using ForumBot.Localization;
using ForumBot.Network;
using ForumBot.Scheduling;
using ForumBot.Updates.Cycles;

namespace ForumBot.Escalations.Agenda;

/// <summary>
/// An escalation as an agenda item, on either forum's agenda. Who sees what follows the agenda's
/// one rule (AgendaAudience): the origin, the age and the flag are for everyone who may see the
/// agenda; the reason (written for the receiving forum) and the answer's own words are for the
/// forum's chairs and members, never for people outside it.
/// </summary>
public static class EscalationItems
{
    /// <summary>The label of the answer's detail: an "escalation:" item that has it is answered.</summary>
    public static AgendaText AnswerLabel { get; } = new("Answer", "Svar");

    private static readonly AgendaText StatusLabel = new("Status", "Status");
    private static readonly AgendaText ReasonLabel = new("Reason", "Begrundelse");

    /// <summary>Whether an item on the receiving forum's agenda is an escalation answered already.</summary>
    public static bool IsAnswered(AgendaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Details.Any(d => d.Label == AnswerLabel);
    }

    /// <summary>"escalation:&lt;id&gt;" on the receiving forum's agenda: where it came from, why, how long it has waited, and the answer once given.</summary>
    public static AgendaItem OnReceivingAgenda(AgendaContext context, Escalation escalation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(escalation);
        var network = context.Network;
        var details = new List<AgendaDetail>();
        if (escalation.OriginKind == EscalationOriginKind.AgendaItem && InitiativeName(network, escalation) is { } initiative)
        {
            details.Add(new(new("Initiative", "Indsats"), AgendaText.Same(initiative)));
        }

        if (!string.IsNullOrWhiteSpace(escalation.Reason))
        {
            details.Add(new(ReasonLabel, AgendaText.Same(escalation.Reason), AgendaAudience.Forum));
        }

        if (escalation.Answer is { } answer && !escalation.IsOpen)
        {
            details.Add(new(StatusLabel, Both(l => EscalationTexts.AnsweredBy(l, answer, network))));
            details.Add(new(AnswerLabel, Both(l => $"{EscalationTexts.AnswerLabel(l, answer.Kind)}: {answer.Text}"), AgendaAudience.Forum));
        }
        else
        {
            var flagged = EscalationAge.IsFlagged(escalation, context.Forum, network.TimeZone, context.Meeting.StartsAtUtc);
            details.Add(new(StatusLabel, Both(l => Waiting(l, escalation, network.TimeZone, flagged))));
        }

        return new AgendaItem(escalation.ItemKey, Title(escalation), Both(l => Origin(l, network, escalation)), details);
    }

    /// <summary>"answer:&lt;id&gt;" on the raising forum's agenda: "answer from B", what B answered and who.</summary>
    public static AgendaItem AnswerOnRaisingAgenda(NetworkSnapshot network, Escalation escalation, EscalationAnswer answer, FollowUp? followUp)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(escalation);
        ArgumentNullException.ThrowIfNull(answer);
        var to = EscalationTexts.ForumName(network, escalation.ToForumId);
        var details = new List<AgendaDetail>
        {
            new(Both(l => EscalationTexts.AnswerLabel(l, answer.Kind)), AgendaText.Same(answer.Text), AgendaAudience.Forum),
        };
        if (followUp is not null)
        {
            details.Add(new(new("Owner", "Ansvarlig"), AgendaText.Same(EscalationTexts.PersonName(network, followUp.OwnerId))));
            details.Add(new(new("Due", "Frist"), Both(l => DueDates.Format(followUp.Due, l))));
        }

        details.Add(new(StatusLabel, Both(l => EscalationTexts.AnsweredBy(l, answer, network))));
        return new AgendaItem(escalation.AnswerItemKey, Title(escalation), new($"answer from {to}", $"svar fra {to}"), details);
    }

    /// <summary>"answer:&lt;id&gt;" on the raising forum's agenda while it still waits, flagged: the receiving forum has met twice without answering.</summary>
    public static AgendaItem WaitingOnRaisingAgenda(NetworkSnapshot network, Escalation escalation)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(escalation);
        var to = EscalationTexts.ForumName(network, escalation.ToForumId);
        return new AgendaItem(escalation.AnswerItemKey, Title(escalation), new($"no answer yet from {to}", $"endnu intet svar fra {to}"),
            [new(StatusLabel, Both(l => Waiting(l, escalation, network.TimeZone, flagged: true)))]);
    }

    private static AgendaText Title(Escalation escalation) => new(escalation.TitleEnglish, escalation.TitleDanish);

    private static string Waiting(Language language, Escalation escalation, TimeZoneInfo zone, bool flagged) =>
        EscalationTexts.OpenSince(language, escalation, zone) + (flagged ? " · " + EscalationTexts.Flag(language) : string.Empty);

    private static string Origin(Language language, NetworkSnapshot network, Escalation escalation)
    {
        var from = EscalationTexts.ForumName(network, escalation.FromForumId);
        if (escalation.OriginKind == EscalationOriginKind.Update)
        {
            var initiative = InitiativeName(network, escalation) ?? EscalationTexts.Title(language, escalation);
            return language.Pick($"Escalated by {from} from the update on {initiative}", $"Eskaleret af {from} fra opdateringen om {initiative}");
        }

        var meeting = network.FindForum(escalation.FromForumId) is { } forum
            ? MeetingCalendar.FindMeeting(forum.ToCadence(), network.TimeZone, escalation.OriginMeetingId)
            : null;
        return meeting is null
            ? language.Pick($"Escalated by {from} from its agenda", $"Eskaleret af {from} fra dets dagsorden")
            : language.Pick(
                $"Escalated by {from} from its meeting on {EscalationTexts.Day(language, meeting.StartsAtUtc, network.TimeZone)}",
                $"Eskaleret af {from} fra mødet den {EscalationTexts.Day(language, meeting.StartsAtUtc, network.TimeZone)}");
    }

    private static string? InitiativeName(NetworkSnapshot network, Escalation escalation) =>
        escalation.InitiativeId is { } id ? network.FindInitiative(id)?.Name : null;

    private static AgendaText Both(Func<Language, string> text) => new(text(Language.English), text(Language.Danish));
}
