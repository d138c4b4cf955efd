using System.Collections.Concurrent;
using ForumBot.Agendas.Meetings;
using ForumBot.Network;
using ForumBot.Scheduling;
using ForumBot.Updates.Cycles;

namespace ForumBot.Agendas.Closing;

/// <summary>
/// Closes every meeting whose end (its start plus durationMinutes) has passed within the last day
/// and that no chair closed, with the same carry-over and minutes as "close meeting" (ClosedBy
/// "auto"), and finishes a close whose carry-over and minutes were interrupted. Run by the
/// scheduler's lease holder after each pass; safe to run twice, as closing is first-wins and the
/// rest is idempotent. Meetings seen closed are remembered for the day, so a quiet pass reads nothing.
/// </summary>
public sealed class AutoCloseJob(INetworkReader network, MeetingStore meetings, MeetingCloser closer, ILogger<AutoCloseJob> logger) : IPeriodicJob
{
    /// <summary>How long after its end a meeting is still closed by itself (a service down longer leaves it for a chair).</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _closed = new(StringComparer.Ordinal);

    public string Name => "agenda-auto-close";

    public async Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var snapshot = await network.GetSnapshotAsync(cancellationToken);
        foreach (var (key, endedAt) in _closed)
        {
            if (endedAt <= now - Window)
            {
                _closed.TryRemove(key, out _);
            }
        }

        int checkedCount = 0, closedCount = 0;
        foreach (var forum in snapshot.Forums)
        {
            var ended = MeetingCalendar.MeetingsBetween(forum.ToCadence(), snapshot.TimeZone, now - Window - TimeSpan.FromMinutes(forum.DurationMinutes), now)
                .Where(m => m.EndsAtUtc <= now && m.EndsAtUtc > now - Window);
            foreach (var meeting in ended)
            {
                var key = forum.Id + "|" + meeting.MeetingId;
                if (_closed.ContainsKey(key))
                {
                    continue;
                }

                checkedCount++;
                var state = await meetings.ReadStateAsync(forum.Id, meeting.MeetingId, cancellationToken);
                if (!state.Closed && (await closer.CloseAsync(snapshot, forum, meeting, MeetingState.ClosedAutomatically, cancellationToken)).ClosedNow)
                {
                    closedCount++;
                    AgendasLog.AutoClosed(logger, meeting.MeetingId, forum.Id);
                }
                else if (state.Closed && !state.Completed)
                {
                    // Closed, but the carry-over and minutes were interrupted (a crash after the close won): finish them.
                    await closer.CompleteAsync(snapshot, forum, meeting, cancellationToken);
                    AgendasLog.CloseCompleted(logger, meeting.MeetingId, forum.Id);
                }

                _closed[key] = meeting.EndsAtUtc;
            }
        }

        AgendasLog.AutoClosePass(logger, checkedCount, closedCount);
    }
}
