using ForumBot.Escalations.Model;
using ForumBot.Escalations.Storage;
using ForumBot.FollowUps.Storage;
using ForumBot.Network;
using ForumBot.Scheduling;
using ForumBot.Updates.Requests;

namespace ForumBot.Escalations.Delivery;

/// <summary>
/// Puts an answer in the outbox, 1:1, for the contacts of the initiative it is about and the
/// chairs of the forum that raised it, then records that it did. The outbox keys are derived, so
/// doing it again (the reconcile job after a crash between the two) sends nothing twice.
/// </summary>
public sealed class EscalationAnswerDelivery(IOutbox outbox, RecipientLocales locales, EscalationStore store, FollowUpStore followUps,
    ILogger<EscalationAnswerDelivery> logger)
{
    private const int MaxAttempts = 3;

    /// <summary>Queues the answer for everyone it goes to; returns how many people that is (0 for an open escalation).</summary>
    public async Task<int> DeliverAsync(NetworkSnapshot network, StoredEscalation stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(stored);
        var escalation = stored.Escalation;
        if (escalation.IsOpen || escalation.Answer is not { } answer)
        {
            return 0;
        }

        var followUp = answer.FollowUpId is { } id ? (await followUps.FindAsync(id, cancellationToken))?.FollowUp : null;
        var recipients = Recipients(network, escalation);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var person in recipients)
        {
            var locale = await locales.LocaleAsync(person, seen, cancellationToken);
            await outbox.EnqueueAsync(EscalationAnswerCard.Work(network, escalation, followUp, person, locale), cancellationToken);
        }

        EscalationsLog.AnswerQueued(logger, escalation.Id, recipients.Count);
        await MarkNotifiedAsync(stored, cancellationToken);
        return recipients.Count;
    }

    /// <summary>The initiative's contacts, then the raising forum's chairs: each registered person once.</summary>
    public static IReadOnlyList<Person> Recipients(NetworkSnapshot network, Escalation escalation)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(escalation);
        var contacts = escalation.InitiativeId is { } id && network.FindInitiative(id) is { } initiative ? OpenRequests.Contacts(network, initiative) : [];
        var chairs = network.FindForum(escalation.FromForumId)?.Chairs.Select(network.FindPerson).OfType<Person>() ?? [];
        return [.. contacts.Concat(chairs).DistinctBy(p => p.Id, StringComparer.Ordinal)];
    }

    private async Task MarkNotifiedAsync(StoredEscalation stored, CancellationToken cancellationToken)
    {
        var current = stored;
        for (var attempt = 1; attempt <= MaxAttempts && current is { Escalation.Notified: false }; attempt++)
        {
            var result = await store.ChangeAsync(current, current.Escalation with { Notified = true }, cancellationToken);
            current = result.Current;
        }
    }
}
