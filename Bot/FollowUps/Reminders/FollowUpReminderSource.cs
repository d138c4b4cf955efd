using System.Runtime.CompilerServices;
using ForumBot.Cards;
using ForumBot.FollowUps.Cards;
using ForumBot.FollowUps.Delivery;
using ForumBot.FollowUps.Model;
using ForumBot.FollowUps.Storage;
using ForumBot.Localization;
using ForumBot.Network;
using ForumBot.Scheduling;
using ForumBot.Updates.Requests;

namespace ForumBot.FollowUps.Reminders;

/// <summary>
/// The owner's two reminders of an open follow-up (<see cref="ReminderTimes"/>), as the owner's
/// card with a note. Pure, as the scheduler's contract asks: it reads each forum's open follow-ups
/// whose due day can have a reminder in the window (one RowKey range of the forum's open-by-due-day
/// partition, never a scan) and writes nothing. Done or cancelled follow-ups are not in that
/// partition, so they get none; the key holds the due day, so a new due date gets new reminders.
/// A reminder whose moment came before the due date was set (a follow-up created the day before
/// it is due) is not sent: the owner has just been given it.
/// </summary>
public sealed class FollowUpReminderSource(INetworkReader reader, FollowUpStore store, RecipientLocales locales, ILogger<FollowUpReminderSource> logger)
    : IDueWorkSource
{
    public async IAsyncEnumerable<DueWork> FindDueAsync(DateTimeOffset windowStart, DateTimeOffset windowEnd, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var network = await reader.GetSnapshotAsync(cancellationToken);
        var zone = network.TimeZone;

        // Due days with a reminder in the window: from the day before its first day (overdue) to two days after its last (before).
        var dueFrom = ReminderTimes.LocalDay(windowStart, zone).AddDays(-1);
        var dueBelow = ReminderTimes.LocalDay(windowEnd, zone).AddDays(ReminderTimes.DaysBefore + 1);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var forum in network.Forums)
        {
            var due = new List<DueWork>();
            foreach (var stored in await store.ForumOpenAsync(forum.Id, dueFrom, dueBelow, cancellationToken))
            {
                var followUp = stored.FollowUp;
                if (network.FindPerson(followUp.OwnerId) is not { } owner)
                {
                    continue;
                }

                IReadOnlyList<FollowUpChange>? history = null;
                foreach (var moment in Enum.GetValues<ReminderMoment>())
                {
                    var at = ReminderTimes.At(followUp.Due, moment, zone);
                    if (at < windowStart || at > windowEnd)
                    {
                        continue;
                    }

                    history ??= await store.HistoryAsync(followUp.Id, cancellationToken);
                    if (FollowUpHistory.DueSetAt(history, followUp) >= at)
                    {
                        continue;
                    }

                    var locale = await locales.LocaleAsync(owner, seen, cancellationToken);
                    due.Add(FollowUpMessages.ToOwner(FollowUpMessages.ReminderKey(followUp.Id, followUp.Due, moment), FollowUpMessages.ReminderKind, at, owner, locale,
                        network, followUp, FollowUpHistory.AssignedBy(history, followUp), FollowUpHistory.PendingProposal(history, followUp),
                        ReminderTimes.LocalDay(at, zone), language => Note(language, followUp, moment)));
                }
            }

            FollowUpsLog.RemindersDue(logger, forum.Id, due.Count);
            foreach (var work in due)
            {
                yield return work;
            }
        }
    }

    private static CardNote Note(Language language, FollowUp followUp, ReminderMoment moment)
    {
        var day = DueDates.Format(followUp.Due, language);
        return moment == ReminderMoment.Before
            ? FollowUpNotes.Warning(language.Pick($"Reminder: this follow-up is due {day}, in two days.", $"Påmindelse: opfølgningen skal være udført {day}, om to dage."))
            : new CardNote(language.Pick(
                $"This follow-up was due {day} and is not marked done. Mark it done, or propose a new due date.",
                $"Opfølgningen skulle være udført {day} og er ikke markeret som udført. Markér den som udført, eller foreslå en ny frist."), "Attention");
    }
}
