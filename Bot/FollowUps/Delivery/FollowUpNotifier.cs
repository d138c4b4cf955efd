using Azure;
using ForumBot.Cards;
using ForumBot.FollowUps.Cards;
using ForumBot.FollowUps.Model;
using ForumBot.Localization;
using ForumBot.Network;
using ForumBot.Scheduling;
using ForumBot.Updates.Requests;

namespace ForumBot.FollowUps.Delivery;

/// <summary>
/// Puts the follow-ups' 1:1 cards in the outbox, due now, after a change a person made: the
/// owner's card when a follow-up is given to them, each chair's card when the owner proposes a due
/// date, and the owner's card again when a chair answers. Written in each recipient's language
/// (<see cref="RecipientLocales"/>). A storage failure is logged and reported as false: the change
/// itself is saved, and the owner still finds the follow-up with "followups".
/// </summary>
public sealed class FollowUpNotifier(IOutbox outbox, RecipientLocales locales, TimeProvider time, ILogger<FollowUpNotifier> logger)
{
    /// <summary>The owner's card for a follow-up just created or given to them by <paramref name="assignedBy"/>.</summary>
    public Task<bool> AssignedAsync(NetworkSnapshot network, FollowUp followUp, string assignedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(followUp);
        var by = network.FindPerson(assignedBy)?.Name ?? assignedBy;
        var forum = network.FindForum(followUp.ForumId)?.Name ?? followUp.ForumId;
        return ToOwnerAsync(network, followUp, FollowUpMessages.AssignedKey(followUp.Id, followUp.Version), FollowUpMessages.AssignedKind, assignedBy,
            language => new CardNote(language.Pick($"{by} gave you a follow-up in {forum}.", $"{by} har givet dig en opfølgning i {forum}.")), cancellationToken);
    }

    /// <summary>Each chair of the forum gets the proposal to accept or refuse.</summary>
    public async Task<bool> ProposedAsync(NetworkSnapshot network, FollowUp followUp, DueProposal proposal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(followUp);
        var chairs = (network.FindForum(followUp.ForumId)?.Chairs ?? []).Select(network.FindPerson).OfType<Person>().ToList();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var today = DueDates.Today(time, network.TimeZone);
        var all = true;
        foreach (var chair in chairs)
        {
            var locale = await locales.LocaleAsync(chair, seen, cancellationToken);
            all &= await EnqueueAsync(FollowUpMessages.ToChair(time.GetUtcNow(), chair, locale, network, followUp, proposal, today), followUp.Id, cancellationToken);
        }

        return all;
    }

    /// <summary>The owner is told how a chair answered their proposal, with the card as it stands now.</summary>
    public Task<bool> AnsweredAsync(NetworkSnapshot network, FollowUp followUp, string assignedBy, DueProposal proposal, FollowUpChange answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(answer);
        var chair = network.FindPerson(answer.PersonId)?.Name ?? answer.PersonId;
        return ToOwnerAsync(network, followUp, FollowUpMessages.AnswerKey(followUp.Id, proposal.Version), FollowUpMessages.AnswerKind, assignedBy,
            language => answer.Kind == FollowUpChangeKind.DueProposalAccepted
                ? FollowUpNotes.Good(language.Pick(
                    $"{chair} accepted the new due date: {DueDates.Format(proposal.Day, language)}.",
                    $"{chair} har godkendt den nye frist: {DueDates.Format(proposal.Day, language)}."))
                : FollowUpNotes.Warning(language.Pick(
                    $"{chair} refused the new due date {DueDates.Format(proposal.Day, language)}; it is still due {DueDates.Format(followUp.Due, language)}.",
                    $"{chair} har afvist den nye frist {DueDates.Format(proposal.Day, language)}; fristen er stadig {DueDates.Format(followUp.Due, language)}.")),
            cancellationToken);
    }

    private async Task<bool> ToOwnerAsync(NetworkSnapshot network, FollowUp followUp, string key, string kind, string assignedBy,
        Func<Language, CardNote> note, CancellationToken cancellationToken)
    {
        if (network.FindPerson(followUp.OwnerId) is not { } owner)
        {
            return false;
        }

        var locale = await locales.LocaleAsync(owner, [], cancellationToken);
        var work = FollowUpMessages.ToOwner(key, kind, time.GetUtcNow(), owner, locale, network, followUp, assignedBy, null,
            DueDates.Today(time, network.TimeZone), note);
        return await EnqueueAsync(work, followUp.Id, cancellationToken);
    }

    private async Task<bool> EnqueueAsync(DueWork work, string followUpId, CancellationToken cancellationToken)
    {
        try
        {
            await outbox.EnqueueAsync(work, cancellationToken);
            FollowUpsLog.Queued(logger, followUpId, work.Kind);
            return true;
        }
        catch (RequestFailedException ex)
        {
            FollowUpsLog.QueueFailed(logger, ex, followUpId, work.Kind);
            return false;
        }
    }
}
