using ForumBot.Cards;
using ForumBot.FollowUps.Cards;
using ForumBot.FollowUps.Delivery;
using ForumBot.FollowUps.Model;
using ForumBot.FollowUps.Storage;
using ForumBot.Localization;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;

namespace ForumBot.FollowUps.Actions;

/// <summary>
/// Accept or Refuse on a chair's proposal card. The card's data names the change that proposed
/// the date; only while that proposal is still the open question (no chair answered it, no new
/// proposal, due date change, reassignment or closing since) is the answer recorded, on the
/// follow-up's ETag as always. Either way the owner is told 1:1. Otherwise the card answers with
/// how it was settled and keeps no buttons.
/// </summary>
public abstract class DueAnswerHandler(FollowUpCardGate gate, FollowUpStore store, FollowUpNotifier notifier, ILogger logger) : ICardActionHandler
{
    protected abstract bool Accepts { get; }

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (scope, refusal) = await gate.OpenAsync(turn, FollowUpCardRole.Chair, cancellationToken);
        if (scope is null)
        {
            return refusal!;
        }

        var language = scope.Language;
        if (scope.History.FirstOrDefault(c => c.Version == scope.Data.Version && c.Kind == FollowUpChangeKind.DueProposed) is not { NewValue: { } proposedDay } proposing)
        {
            FollowUpsLog.ForgedCard(logger, scope.Person.Id, scope.FollowUp.Id);
            return CardActionResult.ShowMessage(language.Pick("This card does not match a proposal of this follow-up. Nothing was changed.",
                "Dette kort svarer ikke til et forslag til denne opfølgning. Intet er ændret."));
        }

        var proposal = new DueProposal(proposing.Version, FollowUpKeys.ParseDay(proposedDay), proposing.PersonId, proposing.At);
        if (FollowUpHistory.PendingProposal(scope.History, scope.FollowUp)?.Version != proposal.Version)
        {
            return Card(scope, scope.FollowUp, proposal, FollowUpHistory.SettledBy(scope.History, proposal.Version),
                FollowUpNotes.Warning(language.Pick("This proposal was already answered or overtaken. Nothing was changed.", "Forslaget er allerede besvaret eller overhalet. Intet er ændret.")));
        }

        if (Accepts && proposal.Day < scope.Today)
        {
            return Card(scope, scope.FollowUp, proposal, null, FollowUpNotes.Warning(language.Pick(
                $"{DueDates.Format(proposal.Day, language)} has passed, so it cannot be the due date. Refuse it, or set a due date with “followup due {scope.FollowUp.Id} <date>”.",
                $"{DueDates.Format(proposal.Day, language)} er passeret og kan ikke være fristen. Afvis forslaget, eller sæt en frist med “opfølgning frist {scope.FollowUp.Id} <dato>”.")));
        }

        var kind = Accepts ? FollowUpChangeKind.DueProposalAccepted : FollowUpChangeKind.DueProposalRefused;
        var next = Accepts ? scope.FollowUp with { Due = proposal.Day } : scope.FollowUp;
        var change = new FollowUpChange(0, scope.Person.Id, scope.Now, kind, proposedDay);
        var result = await store.ChangeAsync(scope.Stored, next, change, cancellationToken);
        if (!result.Succeeded)
        {
            FollowUpsLog.ChangedMeanwhile(logger, scope.FollowUp.Id, scope.Person.Id);
            var history = await store.HistoryAsync(scope.FollowUp.Id, cancellationToken);
            var now = result.Current?.FollowUp ?? scope.FollowUp;
            return Card(scope, now, proposal, FollowUpHistory.SettledBy(history, proposal.Version),
                FollowUpNotes.Warning(FollowUpTexts.ChangedMeanwhile(language, result.LastChange, now, scope.Network, scope.Now)));
        }

        var saved = result.Saved!.FollowUp;
        var recorded = change with { Version = saved.Version };
        FollowUpsLog.Changed(logger, saved.Id, scope.Person.Id, kind.ToString());
        var told = await notifier.AnsweredAsync(scope.Network, saved, FollowUpHistory.AssignedBy(scope.History, saved), proposal, recorded, cancellationToken);
        var owner = scope.Network.FindPerson(saved.OwnerId)?.Name ?? saved.OwnerId;
        var done = Accepts
            ? language.Pick($"Accepted ✓: the new due date is {DueDates.Format(proposal.Day, language)}.", $"Godkendt ✓: den nye frist er {DueDates.Format(proposal.Day, language)}.")
            : language.Pick($"Refused ✓: the due date stays {DueDates.Format(saved.Due, language)}.", $"Afvist ✓: fristen forbliver {DueDates.Format(saved.Due, language)}.");
        var tell = told
            ? language.Pick($" {owner} is told.", $" {owner} får besked.")
            : language.Pick($" I could not tell {owner} just now; please let them know.", $" Jeg kunne ikke give {owner} besked lige nu; sig det venligst til vedkommende.");
        return Card(scope, saved, proposal, recorded, FollowUpNotes.Good(done + tell));
    }

    private static CardActionResult Card(FollowUpCardScope scope, FollowUp followUp, DueProposal proposal, FollowUpChange? settled, CardNote note) =>
        CardActionResult.ReplaceCard(DueProposalCard.Build(scope.Language, scope.Network, followUp, proposal, scope.Person.Id, scope.Today, scope.Now, settled, note));
}

public sealed class AcceptDueHandler(FollowUpCardGate gate, FollowUpStore store, FollowUpNotifier notifier, ILogger<AcceptDueHandler> logger)
    : DueAnswerHandler(gate, store, notifier, logger)
{
    protected override bool Accepts => true;
}

public sealed class RefuseDueHandler(FollowUpCardGate gate, FollowUpStore store, FollowUpNotifier notifier, ILogger<RefuseDueHandler> logger)
    : DueAnswerHandler(gate, store, notifier, logger)
{
    protected override bool Accepts => false;
}
