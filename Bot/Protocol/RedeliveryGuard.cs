using Azure;
using Azure.Data.Tables;
using ForumBot.Storage;

namespace ForumBot.Protocol;

/// <summary>
/// Channels redeliver an activity when our answer was slow or lost. The first delivery of an
/// activity id in a conversation claims a row in the Dedupe table (PartitionKey = hash of the
/// conversation id, RowKey = activity id); later deliveries are skipped while that claim is
/// fresh or done. A claim left "processing" by a crashed instance expires after a while, so a
/// redelivery then runs the turn again rather than losing it. Rows older than the time to
/// live count as absent.
/// </summary>
public sealed partial class RedeliveryGuard(TableStore tables, TimeProvider time, ILogger<RedeliveryGuard> logger) : ITurnInterceptor
{
    public static readonly TimeSpan TimeToLive = TimeSpan.FromHours(24);
    public static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(2);

    private TableClient Table => tables.Table(TableNames.Dedupe);

    public async Task<bool> BeforeTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Id is not { Length: > 0 } activityId || turn.Activity.Conversation?.Id is not { } conversationId)
        {
            return true;
        }

        var now = time.GetUtcNow();
        var claim = DedupeRow.Claim(conversationId, activityId, DedupeRow.Processing, now);
        try
        {
            await Table.AddEntityAsync(claim, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return await ReclaimIfAbandonedAsync(turn, claim, now, cancellationToken);
        }
    }

    public async Task AfterTurnAsync(TurnContext turn, bool succeeded, CancellationToken cancellationToken)
    {
        if (turn.Activity.Id is not { Length: > 0 } activityId || turn.Activity.Conversation?.Id is not { } conversationId)
        {
            return;
        }

        if (succeeded)
        {
            var done = DedupeRow.Claim(conversationId, activityId, DedupeRow.Done, time.GetUtcNow());
            await Table.UpsertEntityAsync(done, TableUpdateMode.Replace, cancellationToken);
        }
        else
        {
            // Let the channel's redelivery try again.
            await Table.DeleteEntityAsync(DedupeRow.Partition(conversationId), DedupeRow.Row(activityId), ETag.All, cancellationToken);
        }
    }

    private async Task<bool> ReclaimIfAbandonedAsync(TurnContext turn, DedupeRow claim, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await Table.GetEntityIfExistsAsync<DedupeRow>(claim.PartitionKey, claim.RowKey, cancellationToken: cancellationToken);
        if (!existing.HasValue)
        {
            return true;
        }

        var stored = existing.Value!;
        var claimedAt = stored.ClaimedAt ?? DateTimeOffset.MinValue;
        var expired = now - claimedAt > TimeToLive;
        var abandoned = stored.State == DedupeRow.Processing && now - claimedAt > StaleClaim;
        if (!expired && !abandoned)
        {
            LogRedelivered(logger, turn.CorrelationId, turn.Activity.Id!);
            return false;
        }

        try
        {
            await Table.UpdateEntityAsync(claim, stored.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            // Another instance reclaimed it first; it runs the turn.
            return false;
        }
    }

    [LoggerMessage(1005, LogLevel.Information, "Turn {CorrelationId}: activity {ActivityId} was already processed or is in progress, skipped")]
    private static partial void LogRedelivered(ILogger logger, string correlationId, string activityId);
}
