using ForumBot.Agendas.Composition;
using ForumBot.Agendas.Model;
using ForumBot.Network;
using ForumBot.Scheduling;
using ForumBot.Updates.Cycles;

namespace ForumBot.Agendas.Posting;

/// <summary>
/// Keeps posted agendas current: from the agenda moment until the meeting is closed or over, the
/// card of every sent post is composed again as posted; when its fingerprint differs from the
/// last one sent, an update in place (a PUT of the post, through the outbox) is enqueued, at most
/// one per post per minute. Enqueue first (insert-if-absent under a numbered key), record second
/// (on the post row's ETag): a crash in between re-enqueues the same number, which is already
/// there, and two instances racing enqueue one update and record it once.
/// </summary>
public sealed class AgendaRefreshJob(INetworkReader reader, AgendaDrafts drafts, AgendaPostTargets targets, AgendaPostRecords records, IOutbox outbox,
    ILogger<AgendaRefreshJob> logger) : IPeriodicJob
{
    /// <summary>At most one update of a post in this time (the post itself counts as the first).</summary>
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromMinutes(1);

    public string Name => "agenda-refresh";

    public async Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var network = await reader.GetSnapshotAsync(cancellationToken);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var forum in network.Forums)
        {
            foreach (var meeting in Posted(forum, network.TimeZone, now))
            {
                await RefreshAsync(network, forum, meeting, seen, now, cancellationToken);
            }
        }
    }

    /// <summary>The forum's meetings whose agenda moment has passed and that have not ended.</summary>
    private static IEnumerable<Meeting> Posted(Forum forum, TimeZoneInfo zone, DateTimeOffset now) =>
        MeetingCalendar.MeetingsBetween(forum.ToCadence(), zone, now.AddMinutes(-forum.DurationMinutes), now.AddDays(forum.AgendaLeadDays + 1))
            .Where(m => m.AgendaAtUtc <= now && now < m.EndsAtUtc);

    private async Task RefreshAsync(NetworkSnapshot network, Forum forum, Meeting meeting, Dictionary<string, string> seen, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var sent = new List<(AgendaPostTarget Target, OutboxEntry Post)>();
        foreach (var target in await targets.AnyPostAsync(network, forum, seen, cancellationToken))
        {
            if (await outbox.FindAsync(AgendaPostKeys.Post(forum.Id, meeting.MeetingId, target.Target), cancellationToken) is { State: OutboxState.Sent } post)
            {
                sent.Add((target, post));
            }
        }

        if (sent.Count == 0)
        {
            return;
        }

        var agenda = await drafts.DraftAsync(network, forum, meeting, cancellationToken);
        if (agenda.Record.State.Closed)
        {
            return;
        }

        foreach (var (target, post) in sent)
        {
            await RefreshPostAsync(network, agenda, target, post, now, cancellationToken);
        }
    }

    private async Task RefreshPostAsync(NetworkSnapshot network, Agenda agenda, AgendaPostTarget target, OutboxEntry post, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var (forum, meeting) = (agenda.Forum, agenda.Meeting);
        var activity = AgendaPostCards.Activity(agenda, target, network.TimeZone);
        var hash = ActivityFingerprint.Of(activity);
        var record = await records.ReadAsync(forum.Id, meeting.MeetingId, target.Target, cancellationToken);
        if (hash == (record?.LastHash ?? post.ActivityHash))
        {
            return;
        }

        if ((record?.LastPutAt ?? post.SentAt) is { } last && now - last < MinimumInterval)
        {
            PostingLog.UpdateCoalesced(logger, forum.Id, meeting.MeetingId, target.Target);
            return;
        }

        var seq = (record?.Seq ?? 0) + 1;
        var key = AgendaPostKeys.Put(forum.Id, meeting.MeetingId, target.Target, seq);
        var update = new DueWork(key, AgendaPostKeys.UpdateKind, now, post.Target, activity,
            AgendaPostSource.Describe(forum, meeting, target, network) + $", update {seq}")
        {
            About = new MessageRelation(post.Key, MessageRelationKind.Replace),
        };

        // Already enqueued (a crash after the enqueue, or another instance): record what is in the outbox, not what this run composed.
        var (recordedHash, putAt) = await outbox.EnqueueAsync(update, cancellationToken) == EnqueueResult.Enqueued
            ? (hash, now)
            : await outbox.FindAsync(key, cancellationToken) is { } existing ? (existing.ActivityHash ?? hash, existing.EnqueuedAt) : (hash, now);
        var written = await records.RecordAsync(forum.Id, meeting.MeetingId, target.Target, record, recordedHash, putAt, seq, cancellationToken);
        if (written.Succeeded)
        {
            PostingLog.UpdateEnqueued(logger, forum.Id, meeting.MeetingId, target.Target, seq);
        }
        else
        {
            PostingLog.UpdateRaced(logger, forum.Id, meeting.MeetingId, target.Target, seq);
        }
    }
}
