using ForumBot.Cards;
using ForumBot.Localization;
using ForumBot.Network;
using ForumBot.Protocol;
using ForumBot.Scheduling;
using ForumBot.Updates.Cards;
using ForumBot.Updates.Cycles;
using ForumBot.Updates.Model;
using ForumBot.Updates.Storage;

namespace ForumBot.Updates.Requests;

/// <summary>Builds the proactive messages for a request: the empty form, in the person's language (see <see cref="RecipientLocales"/>).</summary>
public static class UpdateRequestCards
{
    public const string RequestKind = "update-request";
    public const string ReminderKind = "update-reminder";

    /// <summary>The deterministic key: forum|meeting|kind|person|initiative (table-key safe: ids exclude / \ # ?).</summary>
    public static string Key(MeetingCycle cycle, string kind, string personId, string initiativeId) =>
        UpdateTables.Key(cycle.ForumId, cycle.MeetingId, kind, personId, initiativeId);

    /// <param name="locale">The person's locale for proactive messages (<see cref="RecipientLocales"/>).</param>
    public static DueWork Work(NetworkSnapshot network, Forum forum, Initiative initiative, Person person, string locale, MeetingCycle cycle, string kind)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(forum);
        ArgumentNullException.ThrowIfNull(person);
        var language = Languages.FromLocale(locale);
        var data = UpdateCardData.For(forum.Id, cycle.MeetingId, initiative.Id, person.Id);
        var context = new UpdateCardContext(language, network, forum, initiative, cycle.MeetingStart, cycle.DeadlineAt, data);
        var isReminder = kind == ReminderKind;
        var note = isReminder
            ? new CardNote(language.Pick(
                $"Reminder: the update on {initiative.Name} is due {context.When(cycle.DeadlineAt)}.",
                $"Påmindelse: opdateringen om {initiative.Name} skal være indsendt {context.When(cycle.DeadlineAt)}."), "Warning")
            : new CardNote(language.Pick(
                $"{forum.Name} meets soon. How is {initiative.Name} going? You can change your answer until the deadline.",
                $"{forum.Name} mødes snart. Hvordan går det med {initiative.Name}? Du kan ændre dit svar indtil fristen."));
        var card = UpdateFormCard.Build(context, UpdateForm.Empty, note: note);
        var activity = MessageFactory.Card(card, language.Pick($"Update on {initiative.Name}", $"Opdatering om {initiative.Name}")) with { Locale = locale };
        var due = isReminder ? cycle.ReminderAt ?? cycle.PromptAt : cycle.PromptAt;
        var description = $"{kind} {forum.Id} {cycle.MeetingId} to {person.Id} for {initiative.Id}";
        return new DueWork(Key(cycle, kind, person.Id, initiative.Id), kind, due, new MessageTarget.Person(person.AadObjectId.ToString()), activity, description);
    }
}
