using ForumBot.Agendas.Composition;
using ForumBot.Agendas.Meetings;
using ForumBot.Agendas.Model;
using ForumBot.Network;
using ForumBot.Scheduling;
using ForumBot.Updates.Cycles;

namespace ForumBot.Agendas.Closing;

/// <summary>What closing came to: closed now (with what was carried and where the minutes went), or closed before by someone else.</summary>
public sealed record CloseResult(bool ClosedNow, MeetingState State, Agenda? Agenda, Meeting? Next, IReadOnlyList<CarriedItem> Carried, MinutesDelivery? Minutes);

/// <summary>
/// Closing a meeting, one way for the chairs' "close meeting" and the automatic close at the end
/// time: the state row first (first close wins, so the rest happens once), then the items not
/// reached are carried to the next meeting (insert-if-absent) and the minutes enqueued (deterministic keys).
/// </summary>
public sealed class MeetingCloser(MeetingStore meetings, AgendaDrafts drafts, MinutesPoster minutes, TimeProvider time, ILogger<MeetingCloser> logger)
{
    /// <param name="closedBy">The chair's person id, or <see cref="MeetingState.ClosedAutomatically"/>.</param>
    public async Task<CloseResult> CloseAsync(NetworkSnapshot network, Forum forum, Meeting meeting, string closedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(forum);
        ArgumentNullException.ThrowIfNull(meeting);
        if (!await meetings.CloseAsync(forum.Id, meeting.MeetingId, closedBy, time.GetUtcNow(), cancellationToken))
        {
            AgendasLog.AlreadyClosed(logger, meeting.MeetingId, forum.Id);
            return new CloseResult(false, await meetings.ReadStateAsync(forum.Id, meeting.MeetingId, cancellationToken), null, null, [], null);
        }

        var (closed, next, carried, delivery) = await CompleteAsync(network, forum, meeting, cancellationToken);
        var discussed = closed.Items.Count(i => closed.Record.Mark(i.Item.Key).Discussed);
        AgendasLog.Closed(logger, meeting.MeetingId, forum.Id, closedBy, discussed, carried.Count);
        return new CloseResult(true, closed.Record.State, closed, next, carried, delivery);
    }

    /// <summary>
    /// What follows the close: the items not reached carried to the next meeting and the minutes
    /// enqueued, then the state marked completed. Safe to repeat (insert-if-absent, deterministic
    /// outbox keys), so a close interrupted by a crash is finished by <see cref="AutoCloseJob"/>.
    /// </summary>
    public async Task<(Agenda Closed, Meeting? Next, IReadOnlyList<CarriedItem> Carried, MinutesDelivery Delivery)> CompleteAsync(
        NetworkSnapshot network, Forum forum, Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(forum);
        ArgumentNullException.ThrowIfNull(meeting);
        var closed = await drafts.DraftAsync(network, forum, meeting, cancellationToken);
        var next = MeetingCalendar.NextMeeting(forum.ToCadence(), network.TimeZone, meeting.StartsAtUtc);
        IReadOnlyList<CarriedItem> carried = [];
        if (next is not null)
        {
            carried = CarryOver.Plan(closed, await drafts.DraftAsync(network, forum, next, cancellationToken));
            await meetings.CarryAsync(forum.Id, next.MeetingId, carried, cancellationToken);
        }

        var delivery = await minutes.EnqueueAsync(network, closed, next, carried, cancellationToken);
        await meetings.MarkCompletedAsync(forum.Id, meeting.MeetingId, cancellationToken);
        return (closed, next, carried, delivery);
    }
}
