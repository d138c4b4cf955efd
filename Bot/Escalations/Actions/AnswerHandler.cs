using ForumBot.Agendas.Actions;
using ForumBot.Cards;
using ForumBot.Escalations.Delivery;
using ForumBot.Escalations.Model;
using ForumBot.Escalations.Storage;
using ForumBot.FollowUps.Access;
using ForumBot.FollowUps.Delivery;
using ForumBot.FollowUps.Model;
using ForumBot.FollowUps.Storage;
using ForumBot.Network;
using ForumBot.Privacy;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;

namespace ForumBot.Escalations.Actions;

/// <summary>
/// "escalation.answer": a chair of the receiving forum answers an escalation from its item card.
/// The answer is written on the escalation's ETag, so of two chairs answering at once one wins
/// and the other is told who answered and when; then it is queued 1:1 for the initiative's
/// contacts and the raising forum's chairs. A mistake in the form is answered with a message, so
/// the card keeps what was typed.
/// </summary>
public sealed class AnswerHandler(AgendaItemGate gate, AgendaItemCards cards, EscalationStore store, FollowUpStore followUps,
    FollowUpNotifier followUpNotifier, EscalationAnswerDelivery delivery, TimeProvider time, ILogger<AnswerHandler> logger) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (scope, refusal) = await gate.OpenAsync(turn, cancellationToken);
        if (scope is null)
        {
            return refusal!;
        }

        var network = scope.Network;
        var itemKey = scope.Item.Item.Key;
        var stored = EscalationIds.FromItemKey(itemKey) is { } id ? await store.FindAsync(id, cancellationToken) : null;
        if (stored is null || stored.Escalation.ToForumId != scope.Forum.Id)
        {
            EscalationsLog.Unknown(logger, AnswerPanel.Verb, itemKey);
            return CardActionResult.ShowMessage(scope.Pick(
                $"This item is not an escalation to {scope.Forum.Name}, so there is nothing to answer. Nothing was changed.",
                $"Punktet er ikke en eskalering til {scope.Forum.Name}, så der er intet at besvare. Intet er ændret."));
        }

        var now = time.GetUtcNow();
        if (!stored.Escalation.IsOpen && stored.Escalation.Answer is { } given)
        {
            return await AnsweredAlreadyAsync(turn, scope, given, now, cancellationToken);
        }

        var form = AnswerForm.Read(turn.ActionData, scope, now);
        if (form.Problem is { } problem)
        {
            EscalationsLog.Refused(logger, AnswerPanel.Verb, scope.Person.Id, scope.Forum.Id, problem.Code);
            return CardActionResult.ShowMessage(problem.Text);
        }

        var followUp = form.Kind == EscalationAnswerKind.FollowUp ? await CreateFollowUpAsync(scope, stored.Escalation, form, now, cancellationToken) : null;
        var answer = new EscalationAnswer(form.Kind, form.Text, followUp?.FollowUp.Id, scope.Person.Id, now, scope.Meeting.MeetingId);
        var state = form.Kind == EscalationAnswerKind.NotForUs ? EscalationState.Declined : EscalationState.Answered;
        var result = await store.ChangeAsync(stored, stored.Escalation with { State = state, Answer = answer }, cancellationToken);
        if (result.Saved is not { } saved)
        {
            EscalationsLog.AnsweredMeanwhile(logger, stored.Escalation.Id, scope.Person.Id);
            if (followUp is not null)
            {
                await WithdrawAsync(followUp, scope.Person.Id, now, stored.Escalation.Id, cancellationToken);
            }

            return result.Current?.Escalation.Answer is { } first
                ? await AnsweredAlreadyAsync(turn, scope, first, now, cancellationToken)
                : CardActionResult.ShowMessage(scope.Pick("Someone changed this escalation at the same moment; please try again.",
                    "Nogen ændrede eskaleringen i samme øjeblik; prøv venligst igen."));
        }

        EscalationsLog.Answered(logger, saved.Escalation.Id, scope.Forum.Id, scope.Person.Id, EscalationKeys.Word(form.Kind));

        // Only once the answer won: the owner of a follow-up that stands gets its card, as for any assignment.
        if (followUp is not null)
        {
            await followUpNotifier.AssignedAsync(network, followUp.FollowUp, scope.Person.Id, cancellationToken);
        }

        var count = await delivery.DeliverAsync(network, saved, cancellationToken);
        var from = EscalationTexts.ForumName(network, saved.Escalation.FromForumId);
        var note = scope.Pick(
            $"Answer recorded. It goes 1:1 to {count} people (the chairs of {from} and the initiative's contacts) and onto the agenda of the next meeting of {from}.",
            $"Svaret er registreret. Det sendes 1:1 til {count} personer (forpersonerne for {from} og indsatsens kontaktpersoner) og kommer på dagsordenen til næste møde i {from}.");
        return await CardAsync(turn, scope, new CardNote(note, "Good"), cancellationToken);
    }

    private async Task<StoredFollowUp> CreateFollowUpAsync(AgendaItemScope scope, Escalation escalation, AnswerForm form, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var owner = form.Owner!;

        // Created before the answer is saved, so the answer can name it; the owner's card waits until the answer won.
        var followUp = new FollowUp(FollowUpIds.New(), scope.Forum.Id, FollowUpOrigin.Escalation, escalation.Id, form.Text, owner.Id, owner.OrganisationId,
            form.Due!.Value, FollowUpStatus.Open, scope.Person.Id, now, 0);
        return await followUps.CreateAsync(followUp, cancellationToken);
    }

    // The follow-up was made for an answer that lost: it is cancelled, not left open for nobody's answer.
    private async Task WithdrawAsync(StoredFollowUp followUp, string personId, DateTimeOffset now, string escalationId, CancellationToken cancellationToken)
    {
        var cancelled = followUp.FollowUp with { Status = FollowUpStatus.Cancelled };
        await followUps.ChangeAsync(followUp, cancelled, new FollowUpChange(0, personId, now, FollowUpChangeKind.Cancelled, null), cancellationToken);
        EscalationsLog.FollowUpWithdrawn(logger, followUp.FollowUp.Id, escalationId);
    }

    private async Task<CardActionResult> AnsweredAlreadyAsync(TurnContext turn, AgendaItemScope scope, EscalationAnswer answer, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var note = EscalationTexts.Answered(scope.Language, answer, scope.Network, now)
            + scope.Pick(". Your answer was not saved.", ". Dit svar er ikke gemt.");
        return await CardAsync(turn, scope, new CardNote(note, "Warning"), cancellationToken);
    }

    // The item card as it stands now (the answer in its facts), composed again through the gate.
    private async Task<CardActionResult> CardAsync(TurnContext turn, AgendaItemScope before, CardNote note, CancellationToken cancellationToken)
    {
        var (now, _) = await gate.OpenAsync(turn, cancellationToken);
        return now is null ? CardActionResult.ShowMessage(note.Text) : CardActionResult.ReplaceCard(cards.Build(now, note));
    }
}
