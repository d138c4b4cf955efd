using System.Globalization;
using ForumBot.Cards;
using ForumBot.FollowUps.Cards;
using ForumBot.FollowUps.Model;
using ForumBot.FollowUps.Storage;
using ForumBot.Localization;
using ForumBot.Network;
using ForumBot.Protocol;
using ForumBot.Scheduling;

namespace ForumBot.FollowUps.Delivery;

/// <summary>Which of the two reminders: two local days before the due date, or the morning after it.</summary>
public enum ReminderMoment
{
    Before,
    Overdue,
}

/// <summary>
/// The follow-ups' proactive messages as outbox work, each under a deterministic key (docs/storage.md,
/// "FollowUps", messages): the key names the follow-up and the version or due day it is about, so a
/// retry or a second instance never sends one twice, and a new version or due day gets its own. Pure.
/// </summary>
public static class FollowUpMessages
{
    public const string AssignedKind = "followup-assigned";
    public const string ReminderKind = "followup-reminder";
    public const string ProposalKind = "followup-due-proposal";
    public const string AnswerKind = "followup-due-answer";

    public static string AssignedKey(string followUpId, int version) => Key(followUpId, "assigned", V(version));

    public static string ReminderKey(string followUpId, DateOnly due, ReminderMoment which) =>
        Key(followUpId, "remind", FollowUpKeys.Day(due), which == ReminderMoment.Before ? "before" : "overdue");

    public static string ProposalKey(string followUpId, int proposalVersion, string chairId) => Key(followUpId, "proposal", V(proposalVersion), chairId);

    public static string AnswerKey(string followUpId, int proposalVersion) => Key(followUpId, "proposal", V(proposalVersion), "answer");

    /// <summary>The owner's card, with a note saying why it comes now.</summary>
    public static DueWork ToOwner(string key, string kind, DateTimeOffset dueAt, Person owner, string locale, NetworkSnapshot network,
        FollowUp followUp, string assignedBy, DueProposal? proposal, DateOnly today, Func<Language, CardNote> note)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(followUp);
        ArgumentNullException.ThrowIfNull(note);
        var language = Languages.FromLocale(locale);
        var view = new FollowUpCardView(language, network, followUp, assignedBy, proposal, today, owner.Id);
        var card = FollowUpOwnerCard.Build(view, note(language));
        var activity = MessageFactory.Card(card, language.Pick($"Follow-up: {followUp.Text}", $"Opfølgning: {followUp.Text}")) with { Locale = locale };
        return new DueWork(key, kind, dueAt, new MessageTarget.Person(owner.AadObjectId.ToString()), activity,
            Describe(kind, followUp, owner.Id));
    }

    /// <summary>A chair's card asking to accept or refuse a proposed due date.</summary>
    public static DueWork ToChair(DateTimeOffset dueAt, Person chair, string locale, NetworkSnapshot network, FollowUp followUp, DueProposal proposal, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(chair);
        ArgumentNullException.ThrowIfNull(followUp);
        ArgumentNullException.ThrowIfNull(proposal);
        var language = Languages.FromLocale(locale);
        var card = DueProposalCard.Build(language, network, followUp, proposal, chair.Id, today, dueAt);
        var activity = MessageFactory.Card(card, language.Pick("New due date proposed", "Ny frist foreslået")) with { Locale = locale };
        return new DueWork(ProposalKey(followUp.Id, proposal.Version, chair.Id), ProposalKind, dueAt, new MessageTarget.Person(chair.AadObjectId.ToString()),
            activity, Describe(ProposalKind, followUp, chair.Id));
    }

    // Ids and kinds only: the dry-run listing never shows a follow-up's text.
    private static string Describe(string kind, FollowUp followUp, string personId) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind} {followUp.Id} v{followUp.Version} due {FollowUpKeys.Day(followUp.Due)} to {personId}");

    private static string Key(params string[] parts) => "followup|" + string.Join('|', parts);

    private static string V(int version) => "v" + version.ToString(CultureInfo.InvariantCulture);
}
