using ForumBot.Escalations.Delivery;
using ForumBot.Escalations.Model;
using ForumBot.Escalations.Storage;
using ForumBot.Network;
using ForumBot.Scheduling;
using ForumBot.Updates;
using ForumBot.Updates.Cycles;
using ForumBot.Updates.Storage;

namespace ForumBot.Escalations.Creation;

/// <summary>
/// So that no escalation is lost when the listener after a save failed or the process stopped in
/// between: on every scheduler pass, for each forum's cycles still collecting updates (and those
/// whose deadline passed within a day), the cycle's updates (one partition each) are checked and
/// every escalated one gets its escalation; and every answer of the last week that is not yet
/// in the outbox is put there. Safe to run twice: ids and outbox keys are derived.
/// </summary>
public sealed class EscalationReconcileJob(INetworkReader reader, UpdateStore updates, UpdateEscalations escalations, EscalationStore store,
    EscalationAnswerDelivery delivery, ILogger<EscalationReconcileJob> logger) : IPeriodicJob
{
    /// <summary>How far back answers are looked at: far inside the outbox's retention, so a purged key is never offered again.</summary>
    public static readonly TimeSpan AnswerLookBack = TimeSpan.FromDays(7);

    private static readonly TimeSpan AfterDeadline = TimeSpan.FromDays(1);

    public string Name => "escalations-reconcile";

    public async Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var network = await reader.GetSnapshotAsync(cancellationToken);
        var cycles = 0;
        var raised = 0;
        foreach (var forum in network.Forums)
        {
            foreach (var cycle in CyclesToCheck(forum, network.TimeZone, now))
            {
                cycles++;
                foreach (var row in await updates.CycleAsync(forum.Id, cycle.MeetingId, cancellationToken))
                {
                    if (string.IsNullOrEmpty(row.EscalateTo))
                    {
                        continue;
                    }

                    var saved = new UpdateSaved(row.ForumId, row.MeetingId, row.InitiativeId, row.Content(), row.SubmittedBy, row.SubmittedAt);
                    if (await escalations.EnsureAsync(network, saved, cancellationToken))
                    {
                        raised++;
                        EscalationsLog.Reconciled(logger, EscalationIds.FromUpdate(row.ForumId, row.MeetingId, row.InitiativeId));
                    }
                }
            }
        }

        var notified = 0;
        foreach (var state in new[] { EscalationState.Answered, EscalationState.Declined })
        {
            foreach (var stored in await store.InStateAsync(state, now - AnswerLookBack, now.AddTicks(1), cancellationToken))
            {
                if (!stored.Escalation.Notified && await delivery.DeliverAsync(network, stored, cancellationToken) > 0)
                {
                    notified++;
                }
            }
        }

        EscalationsLog.ReconcilePass(logger, cycles, raised, notified);
    }

    /// <summary>Cycles whose prompt has passed and whose deadline has not, or passed less than a day ago.</summary>
    public static IEnumerable<MeetingCycle> CyclesToCheck(Forum forum, TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(forum);

        // A meeting starts at or after its deadline and at most promptDaysBefore local days (+ a DST day) after its prompt.
        return UpdateCycles.MeetingsBetween(forum, zone, now - AfterDeadline, now.AddDays(forum.PromptDaysBefore + 1))
            .Where(c => c.PromptAt <= now && c.DeadlineAt > now - AfterDeadline);
    }
}
