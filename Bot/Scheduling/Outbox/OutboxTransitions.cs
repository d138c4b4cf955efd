using Azure;
using Azure.Data.Tables;
using ForumBot.Protocol;
using ForumBot.Storage;

namespace ForumBot.Scheduling.Outbox;

/// <summary>A row this dispatcher claimed: its data, the ETag of the claim write and the marker that now guards it.</summary>
internal sealed record ClaimedMessage(OutboxEntry Entry, OutgoingActivity Activity, string Partition, string ItemRow, string Marker, ETag ETag, DateTimeOffset ClaimUntil);

/// <summary>
/// The state changes of one message, each a single-partition transaction of the item (with the
/// ETag it was read or claimed with) and its markers, so item and indexes never disagree:
/// claim (pending → sending, marker moved to the claim's expiry), sent, released (back to pending
/// for a later attempt) and failed (with a failed marker for the problems card).
/// </summary>
internal sealed class OutboxTransitions(OutboxStore store)
{
    private TableClient Table => store.Table;

    /// <summary>
    /// Claims a due row until <paramref name="claimUntil"/>: if the dispatcher dies, the row is
    /// due again then. Null when it is not claimable (sent meanwhile, or another dispatcher won).
    /// </summary>
    public async Task<ClaimedMessage?> ClaimAsync(DueMarker due, string holder, DateTimeOffset now, DateTimeOffset claimUntil, CancellationToken cancellationToken)
    {
        var read = await Table.GetEntityIfExistsAsync<OutboxRow>(due.Partition, due.ItemRow, cancellationToken: cancellationToken);
        if (!read.HasValue)
        {
            return null;
        }

        var item = read.Value!;
        var entry = OutboxRows.ToEntry(item);
        var claimable = entry.State == OutboxState.Pending
            || (entry.State == OutboxState.Sending && (item.ClaimExpiresAt ?? DateTimeOffset.MinValue) <= now);
        if (!claimable || item.Marker != due.RowKey)
        {
            return null;
        }

        var marker = OutboxKeys.PendingMarker(entry.Key, claimUntil);
        if (marker == due.RowKey)
        {
            claimUntil = claimUntil.AddTicks(1);
            marker = OutboxKeys.PendingMarker(entry.Key, claimUntil);
        }

        var update = new OutboxRow
        {
            PartitionKey = due.Partition,
            RowKey = due.ItemRow,
            State = OutboxRows.Word(OutboxState.Sending),
            ClaimedBy = holder,
            ClaimExpiresAt = claimUntil,
            Marker = marker,

            // Counted at the claim, so attempts cut short by a crash count too (a message that kills its dispatcher ends failed).
            Attempts = entry.Attempts + 1,
        };
        try
        {
            var response = await Table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.UpdateMerge, update, item.ETag),
                new TableTransactionAction(TableTransactionActionType.Delete, new KeyRow(due.Partition, due.RowKey), ETag.All),
                new TableTransactionAction(TableTransactionActionType.Add, OutboxRows.Marker(due.Partition, marker, entry.Key, entry.Target)),
            ], cancellationToken);
            var etag = response.Value[0].Headers.ETag
                ?? (await Table.GetEntityAsync<OutboxRow>(due.Partition, due.ItemRow, select: ["State"], cancellationToken: cancellationToken)).Value.ETag;
            return new ClaimedMessage(entry, OutboxRows.ReadActivity(item), due.Partition, due.ItemRow, marker, etag, claimUntil);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 412 or 409 or 404)
        {
            return null;
        }
    }

    public Task<TableWriteOutcome> MarkSentAsync(ClaimedMessage claim, int attempts, string? activityId, string conversationId, string serviceUrl,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var update = Update(claim, OutboxState.Sent, attempts);
        update.SentAt = now;
        update.ConversationId = conversationId;
        update.ServiceUrl = serviceUrl;
        update.ActivityId = activityId;

        return Table.SubmitAsync([UpdateAction(claim, update), DeleteMarker(claim)], cancellationToken);
    }

    /// <summary>Back to pending, to be tried again at <paramref name="nextAttemptAt"/> (by whichever instance holds the lease then).</summary>
    public Task<TableWriteOutcome> ReleaseAsync(ClaimedMessage claim, int attempts, DateTimeOffset nextAttemptAt, string lastError, CancellationToken cancellationToken)
    {
        var marker = OutboxKeys.PendingMarker(claim.Entry.Key, nextAttemptAt);
        var update = Update(claim, OutboxState.Pending, attempts);
        update.Marker = marker;
        update.NextAttemptAt = nextAttemptAt;
        update.LastError = lastError;
        var actions = new List<TableTransactionAction> { UpdateAction(claim, update) };
        if (marker != claim.Marker)
        {
            actions.Add(DeleteMarker(claim));
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, OutboxRows.Marker(claim.Partition, marker, claim.Entry.Key, claim.Entry.Target)));
        }

        return Table.SubmitAsync(actions, cancellationToken);
    }

    public Task<TableWriteOutcome> MarkFailedAsync(ClaimedMessage claim, int attempts, string reason, string? detail, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var update = Update(claim, OutboxState.Failed, attempts);
        update.FailedAt = now;
        update.FailureReason = reason;
        update.FailureDetail = detail;

        var failed = OutboxRows.FailedMarker(claim.Partition, OutboxKeys.FailedMarker(claim.Entry.Key, now), claim.Entry, reason, detail, now);
        return Table.SubmitAsync(
            [UpdateAction(claim, update), DeleteMarker(claim), new TableTransactionAction(TableTransactionActionType.Add, failed)],
            cancellationToken);
    }

    // A merge: columns left null here keep their stored values.
    private static OutboxRow Update(ClaimedMessage claim, OutboxState state, int attempts) => new()
    {
        PartitionKey = claim.Partition,
        RowKey = claim.ItemRow,
        State = OutboxRows.Word(state),
        Attempts = attempts,
        Marker = string.Empty,
    };

    private static TableTransactionAction UpdateAction(ClaimedMessage claim, OutboxRow update) =>
        new(TableTransactionActionType.UpdateMerge, update, claim.ETag);

    private static TableTransactionAction DeleteMarker(ClaimedMessage claim) =>
        new(TableTransactionActionType.Delete, new KeyRow(claim.Partition, claim.Marker), ETag.All);
}
