using System.Text.Json;
using ForumBot.FollowUps.Access;
using ForumBot.FollowUps.Cards;
using ForumBot.FollowUps.Delivery;
using ForumBot.FollowUps.Model;
using ForumBot.FollowUps.Storage;
using ForumBot.Localization;
using ForumBot.Privacy;

namespace ForumBot.FollowUps.Actions;

/// <summary>"Mark done", with an optional note kept in the history.</summary>
public sealed class DoneFromCardHandler(FollowUpCardGate gate, FollowUpStore store, ILogger<DoneFromCardHandler> logger)
    : OwnerCardActionHandler(gate, store, logger)
{
    protected override CardChange Apply(FollowUpCardScope scope, JsonElement? posted)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var note = FollowUpCardData.Input(posted, FollowUpOwnerCard.NoteId);
        return CardTexts.Problem(scope.Language, note, required: false) is { } problem
            ? CardChange.Error(FollowUpOwnerCard.NoteId, CprGuard.Redact(note), problem)
            : CardChange.To(scope.FollowUp with { Status = FollowUpStatus.Done }, ChangeBy(scope, FollowUpChangeKind.Done, note.Length == 0 ? null : note));
    }

    protected override string Saved(Language language, FollowUp saved, FollowUpChange change) =>
        language.Pick("Marked done ✓", "Markeret som udført ✓");
}

/// <summary>"Comment": the text goes into the history; the follow-up is otherwise unchanged.</summary>
public sealed class CommentFromCardHandler(FollowUpCardGate gate, FollowUpStore store, ILogger<CommentFromCardHandler> logger)
    : OwnerCardActionHandler(gate, store, logger)
{
    protected override CardChange Apply(FollowUpCardScope scope, JsonElement? posted)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var comment = FollowUpCardData.Input(posted, FollowUpOwnerCard.CommentId);
        return CardTexts.Problem(scope.Language, comment, required: true) is { } problem
            ? CardChange.Error(FollowUpOwnerCard.CommentId, CprGuard.Redact(comment), problem)
            : CardChange.To(scope.FollowUp, ChangeBy(scope, FollowUpChangeKind.Commented, comment));
    }

    protected override string Saved(Language language, FollowUp saved, FollowUpChange change) =>
        language.Pick("Comment saved ✓", "Kommentar gemt ✓");
}

/// <summary>
/// "Propose a new due date": the owner's proposal goes to the forum's chairs (the due date stays
/// until one accepts); a chair pressing it on their own card sets the date straight away, as the
/// "followup due" command lets them.
/// </summary>
public sealed class ProposeDueFromCardHandler(FollowUpCardGate gate, FollowUpStore store, FollowUpNotifier notifier, ILogger<ProposeDueFromCardHandler> logger)
    : OwnerCardActionHandler(gate, store, logger)
{
    protected override CardChange Apply(FollowUpCardScope scope, JsonElement? posted)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var typed = FollowUpCardData.Input(posted, FollowUpOwnerCard.DueId);
        var due = DueDates.Parse(typed, scope.Today);
        if (due.Day is not { } day)
        {
            return CardChange.Error(FollowUpOwnerCard.DueId, typed, typed.Length == 0
                ? scope.Language.Pick("Choose the new due date.", "Vælg den nye frist.")
                : DueDates.Problem(scope.Language, due.Problem, typed));
        }

        if (day == scope.FollowUp.Due)
        {
            return CardChange.Error(FollowUpOwnerCard.DueId, typed, scope.Language.Pick("That is the due date already; choose another day.", "Det er allerede fristen; vælg en anden dag."));
        }

        return FollowUpAccess.MayChangeDueDate(scope.Network, scope.Person, scope.FollowUp)
            ? CardChange.To(scope.FollowUp with { Due = day }, ChangeBy(scope, FollowUpChangeKind.DueChanged, FollowUpKeys.Day(day)))
            : CardChange.To(scope.FollowUp, ChangeBy(scope, FollowUpChangeKind.DueProposed, FollowUpKeys.Day(day)));
    }

    protected override async Task<string> AfterSavedAsync(FollowUpCardScope scope, FollowUp saved, FollowUpChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(change);
        if (change.Kind != FollowUpChangeKind.DueProposed)
        {
            return string.Empty;
        }

        var proposal = new DueProposal(change.Version, FollowUpKeys.ParseDay(change.NewValue!), change.PersonId, change.At);
        return await notifier.ProposedAsync(scope.Network, saved, proposal, cancellationToken)
            ? string.Empty
            : scope.Language.Pick(" I could not reach every chair just now; please tell them too.", " Jeg kunne ikke nå alle forpersoner lige nu; sig det venligst også til dem.");
    }

    protected override string Saved(Language language, FollowUp saved, FollowUpChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var day = DueDates.Format(FollowUpKeys.ParseDay(change.NewValue!), language);
        return change.Kind == FollowUpChangeKind.DueProposed
            ? language.Pick($"Proposal sent to the forum's chairs ✓: {day}. You will hear when one of them answers.",
                $"Forslaget er sendt til forummets forpersoner ✓: {day}. Du får besked, når en af dem svarer.")
            : language.Pick($"New due date ✓: {day}.", $"Ny frist ✓: {day}.");
    }
}

/// <summary>The checks of a free text typed on a follow-up card: present if required, bounded, and free of CPR numbers.</summary>
internal static class CardTexts
{
    public static string? Problem(Language language, string text, bool required)
    {
        if (required && text.Length == 0)
        {
            return language.Pick("Write the comment first.", "Skriv kommentaren først.");
        }

        if (text.Length > FollowUpChange.MaxNoteLength)
        {
            return language.Pick($"At most {FollowUpChange.MaxNoteLength} characters; this is {text.Length}.", $"Højst {FollowUpChange.MaxNoteLength} tegn; dette er {text.Length}.");
        }

        return CprGuard.ContainsCpr(text) ? PrivacyTexts.CprRefused(language) : null;
    }
}
