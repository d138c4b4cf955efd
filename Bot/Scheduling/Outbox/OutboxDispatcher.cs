using System.Threading.Channels;
using ForumBot.Storage;
using Microsoft.Extensions.Options;

namespace ForumBot.Scheduling.Outbox;

/// <summary>What a dispatch round did.</summary>
public sealed record DispatchReport(int Sent, int Failed, int Deferred, int ClaimsLost, TimeSpan Elapsed)
{
    /// <summary>Messages put back untried because the earlier message they are about is not sent yet (not in the round's log line).</summary>
    public int Waiting { get; init; }
}

/// <summary>
/// Sends what is due in the outbox. One conversation's messages go one after another in due
/// order; different conversations go in parallel (Scheduling:MaxConcurrentSends), all through one
/// rate limiter. The caller must hold the scheduler lease: rows are claimed until
/// <c>claimUntil</c> (the lease's expiry), and nothing is claimed or attempted after
/// <c>deadline</c>, so a successor never finds a row still in flight here.
/// </summary>
internal sealed class OutboxDispatcher(OutboxStore store, OutboxTransitions transitions, OutboxSender sender,
    IOptions<SchedulingOptions> options, TimeProvider time, ILogger<OutboxDispatcher> logger)
{
    private const int FetchSize = 500;
    private readonly OutageLog _outage = new("Outbox dispatch", time, logger);

    /// <param name="holder">Who claims (the lease holder id).</param>
    /// <param name="dueBy">Send what is due by then; null = by the current time, looked up afresh each fetch.</param>
    /// <param name="deadline">No claim or attempt starts after this.</param>
    /// <param name="claimUntil">Claims last until then; a crashed dispatcher's rows are due again after it.</param>
    public async Task<DispatchReport> DispatchAsync(string holder, DateTimeOffset? dueBy, DateTimeOffset deadline, DateTimeOffset claimUntil,
        CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        using var round = new Round(options.Value.MaxConcurrentSends);
        var queue = Channel.CreateUnbounded<IReadOnlyList<DueMarker>>(new UnboundedChannelOptions { SingleReader = false, SingleWriter = true });
        var workers = Enumerable.Range(0, options.Value.MaxConcurrentSends)
            .Select(_ => WorkAsync(queue.Reader, round, holder, deadline, claimUntil, cancellationToken))
            .ToList();
        try
        {
            while (time.GetUtcNow() < deadline)
            {
                var due = await store.DueAsync(dueBy ?? time.GetUtcNow(), FetchSize, cancellationToken);
                var groups = round.Admit(due, due.Count == FetchSize);
                foreach (var group in groups)
                {
                    queue.Writer.TryWrite(group);
                }

                if (groups.Count == 0 && round.Idle)
                {
                    break;
                }

                await round.WaitForReasonToFetchAsync(time, options.Value.DispatchPoll, cancellationToken);
            }
        }
        finally
        {
            queue.Writer.TryComplete();
            await Task.WhenAll(workers);
        }

        var report = new DispatchReport(round.Sent, round.Failed, round.Deferred, round.ClaimsLost, time.GetElapsedTime(started)) { Waiting = round.Waiting };
        var level = report.Sent + report.Failed + report.Deferred + report.ClaimsLost > 0 ? LogLevel.Information : LogLevel.Debug;
        SchedulingLog.RoundFinished(logger, level, report.Sent, report.Failed, report.Deferred, (long)report.Elapsed.TotalMilliseconds);
        return report;
    }

    private async Task WorkAsync(ChannelReader<IReadOnlyList<DueMarker>> queue, Round round, string holder, DateTimeOffset deadline,
        DateTimeOffset claimUntil, CancellationToken cancellationToken)
    {
        await foreach (var group in queue.ReadAllAsync(cancellationToken))
        {
            var blocked = false;
            try
            {
                foreach (var due in group)
                {
                    if (time.GetUtcNow() >= deadline)
                    {
                        break;
                    }

                    var status = await ProcessAsync(due, holder, deadline, claimUntil, cancellationToken);
                    if (status is null)
                    {
                        round.Unclaimable(due);
                    }

                    round.Count(status);

                    // A deferred message keeps the conversation's later ones back for this round (order, and it is throttled).
                    // One that waits for an earlier message does not: that message may be among them.
                    if (status == SendStatus.Deferred)
                    {
                        blocked = true;
                        break;
                    }
                }
            }
            finally
            {
                round.Done(group[0].Conversation, blocked);
            }
        }
    }

    private async Task<SendStatus?> ProcessAsync(DueMarker due, string holder, DateTimeOffset deadline, DateTimeOffset claimUntil, CancellationToken cancellationToken)
    {
        try
        {
            var claim = await transitions.ClaimAsync(due, holder, time.GetUtcNow(), claimUntil, cancellationToken);
            var status = claim is null ? (SendStatus?)null : await sender.SendAsync(claim, deadline, cancellationToken);
            _outage.Succeeded();
            return status;
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or System.Text.Json.JsonException or InvalidOperationException or HttpRequestException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Storage trouble mid-row: the row stays claimed and is tried again when the claim expires.
            if (StorageFailures.OutageReason(ex, cancellationToken) is null)
            {
                SchedulingLog.RowError(logger, ex, due.ItemRow);
            }
            else
            {
                _outage.Failed(ex, cancellationToken);
            }

            return null;
        }
    }
}
