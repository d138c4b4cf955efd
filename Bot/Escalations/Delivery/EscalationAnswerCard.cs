using System.Text.Json.Nodes;
using ForumBot.Cards;
using ForumBot.Escalations.Model;
using ForumBot.FollowUps.Model;
using ForumBot.Localization;
using ForumBot.Network;
using ForumBot.Privacy;
using ForumBot.Protocol;
using ForumBot.Scheduling;

namespace ForumBot.Escalations.Delivery;

/// <summary>
/// The 1:1 message that brings an answer back: to each contact of the initiative the escalation
/// is about and each chair of the forum that raised it, in their language. Every text passes the
/// CPR guard on the way out.
/// </summary>
public static class EscalationAnswerCard
{
    public const string Kind = "escalation-answer";

    /// <summary>The deterministic outbox key: "escalation|&lt;id&gt;|answer|&lt;personId&gt;" (ids are table-key safe).</summary>
    public static string Key(string escalationId, string personId) => $"escalation|{escalationId}|answer|{personId}";

    /// <param name="locale">The person's locale for proactive messages (Updates' RecipientLocales).</param>
    /// <param name="followUp">The follow-up the answer created, when it did and it is still there.</param>
    public static DueWork Work(NetworkSnapshot network, Escalation escalation, FollowUp? followUp, Person person, string locale)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(escalation);
        ArgumentNullException.ThrowIfNull(person);
        var answer = escalation.Answer ?? throw new ArgumentException("Only an answered escalation has an answer to send.", nameof(escalation));
        var language = Languages.FromLocale(locale);
        var to = EscalationTexts.ForumName(network, escalation.ToForumId);
        var card = Build(language, network, escalation, answer, followUp);
        var activity = MessageFactory.Card(card, language.Pick($"Answer from {to}", $"Svar fra {to}")) with { Locale = locale };
        var description = $"{Kind} {escalation.Id} from {escalation.ToForumId} to {person.Id}";
        return new DueWork(Key(escalation.Id, person.Id), Kind, answer.AnsweredAt, new MessageTarget.Person(person.AadObjectId.ToString()), activity, description);
    }

    public static JsonObject Build(Language language, NetworkSnapshot network, Escalation escalation, EscalationAnswer answer, FollowUp? followUp)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(escalation);
        ArgumentNullException.ThrowIfNull(answer);
        var zone = network.TimeZone;
        var to = EscalationTexts.ForumName(network, escalation.ToForumId);
        var from = EscalationTexts.ForumName(network, escalation.FromForumId);
        var title = EscalationTexts.Title(language, escalation);
        var raised = EscalationTexts.Day(language, escalation.RaisedAt, zone);
        var facts = new List<(string, string)> { (EscalationTexts.AnswerLabel(language, answer.Kind), Safe(answer.Text)) };
        if (followUp is not null)
        {
            facts.Add((language.Pick("Owner", "Ansvarlig"), EscalationTexts.PersonName(network, followUp.OwnerId)));
            facts.Add((language.Pick("Due", "Frist"), DueDates.Format(followUp.Due, language)));
        }

        facts.Add((language.Pick("Answered by", "Besvaret af"), $"{EscalationTexts.PersonName(network, answer.AnsweredBy)}, {LocalTimeText.Format(language, answer.AnsweredAt, zone)}"));
        var initiative = escalation.InitiativeId is { } id ? network.FindInitiative(id)?.Name : null;
        var about = initiative is null || initiative == title
            ? language.Pick($"Escalated by {from} on {raised}.", $"Eskaleret af {from} den {raised}.")
            : language.Pick($"Escalated by {from} on {raised}, about {initiative}.", $"Eskaleret af {from} den {raised}, om {initiative}.");
        return AdaptiveCards.Card(
        [
            AdaptiveCards.Heading(Safe(language.Pick($"Answer from {to}", $"Svar fra {to}"))),
            AdaptiveCards.TextBlock(Safe(title), weight: "Bolder"),
            AdaptiveCards.TextBlock(Safe(about), subtle: true),
            AdaptiveCards.FactSet(facts),
            AdaptiveCards.TextBlock(Safe(language.Pick(
                $"The answer is also on the agenda of the next meeting of {from}.",
                $"Svaret kommer også på dagsordenen til næste møde i {from}.")), subtle: true),
        ]);
    }

    private static string Safe(string text) => CprGuard.Redact(text);
}
