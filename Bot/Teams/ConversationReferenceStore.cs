using Azure;
using Azure.Data.Tables;
using ForumBot.Storage;

namespace ForumBot.Teams;

/// <summary>
/// Conversation references in table ConversationRefs: PartitionKey = kind (personal, channel,
/// groupChat), RowKey = the escaped key (AAD object id, channel id, conversation id). Every
/// lookup a feature makes ("the 1:1 with this person", "this forum's channel") is a point read.
/// </summary>
public sealed class ConversationReferenceStore(TableStore tables, TimeProvider time)
{
    private TableClient Table => tables.Table(TableNames.ConversationRefs);

    public async Task UpsertAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(reference.Kind, TableKeys.Escape(reference.Key))
        {
            ["ConversationId"] = reference.ConversationId,
            ["ServiceUrl"] = reference.ServiceUrl,
            ["TenantId"] = reference.TenantId,
            ["BotId"] = reference.BotId,
            ["BotName"] = reference.BotName,
            ["UserId"] = reference.UserId,
            ["AadObjectId"] = reference.AadObjectId,
            ["TeamId"] = reference.TeamId,
            ["ChannelId"] = reference.ChannelId,
            ["Locale"] = reference.Locale,
            ["Active"] = reference.Active,
            ["DeadReason"] = reference.DeadReason,
            ["UpdatedAt"] = reference.UpdatedAt,
        };

        // Merge: a later turn must not erase fields an earlier one knew (e.g. the team id).
        await Table.UpsertEntityAsync(RemoveNulls(entity), TableUpdateMode.Merge, cancellationToken);
    }

    public async Task<ConversationReference?> GetAsync(string kind, string key, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(kind, TableKeys.Escape(key), cancellationToken: cancellationToken);
        return response.HasValue ? ToReference(response.Value!) : null;
    }

    /// <summary>
    /// Up to <paramref name="max"/> references of one kind: a query on one partition (used for the
    /// few tenant entries, e.g. "is there exactly one?"; not for the personal partition on a hot path).
    /// </summary>
    public async Task<IReadOnlyList<ConversationReference>> ListAsync(string kind, int max, CancellationToken cancellationToken)
    {
        var found = new List<ConversationReference>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {kind}");
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, maxPerPage: max, cancellationToken: cancellationToken))
        {
            found.Add(ToReference(entity));
            if (found.Count >= max)
            {
                break;
            }
        }

        return found;
    }

    /// <summary>
    /// The bot was removed, or Teams said the conversation is blocked or gone. Written with the
    /// ETag of the row as read: if an inbound activity refreshed the reference meanwhile (the bot
    /// was just reinstalled, the channel re-added), that newer, active reference wins.
    /// </summary>
    public async Task MarkInactiveAsync(string kind, string key, string reason, CancellationToken cancellationToken)
    {
        var current = await Table.GetEntityIfExistsAsync<TableEntity>(kind, TableKeys.Escape(key), cancellationToken: cancellationToken);
        if (!current.HasValue)
        {
            return;
        }

        var entity = new TableEntity(kind, TableKeys.Escape(key))
        {
            ["Active"] = false,
            ["DeadReason"] = reason,
            ["UpdatedAt"] = time.GetUtcNow(),
        };
        try
        {
            await Table.UpdateEntityAsync(entity, current.Value!.ETag, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Gone, or refreshed by a newer inbound activity: nothing to mark.
        }
    }

    private static TableEntity RemoveNulls(TableEntity entity)
    {
        foreach (var key in entity.Keys.Where(k => entity[k] is null).ToList())
        {
            entity.Remove(key);
        }

        return entity;
    }

    private static ConversationReference ToReference(TableEntity e) => new(
        e.PartitionKey,
        Uri.UnescapeDataString(e.RowKey),
        e.GetString("ConversationId") ?? string.Empty,
        e.GetString("ServiceUrl") ?? string.Empty,
        e.GetString("TenantId"),
        e.GetString("BotId"),
        e.GetString("BotName"),
        e.GetString("UserId"),
        e.GetString("AadObjectId"),
        e.GetString("TeamId"),
        e.GetString("ChannelId"),
        e.GetString("Locale"),
        e.GetBoolean("Active") ?? true,
        e.GetString("DeadReason"),
        e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue);
}
