using Azure.Data.Tables;
using ForumBot.Storage;
using ForumBot.Teams;

namespace ForumBot.Network.Channels;

/// <summary>
/// Which Teams channel belongs to which forum (table ForumChannels, see docs/storage.md):
/// PartitionKey "forum", RowKey the forum id, so "this forum's channel" is one point read and
/// "all links" one partition query. The channel's conversation reference itself stays in
/// ConversationRefs, refreshed on every message from the channel; this table only points to it.
/// </summary>
public sealed class ForumChannels(TableStore tables, ConversationReferenceStore references)
{
    public const string TableRole = "ForumChannels";
    internal const string Partition = "forum";

    private TableClient Table => tables.Table(TableRole);

    /// <summary>
    /// The conversation reference to post into the forum's channel; null when the forum has no
    /// linked channel or the bot never heard from it. Check <see cref="ConversationReference.Active"/>:
    /// the bot may have been removed from the team since.
    /// </summary>
    public async Task<ConversationReference?> GetChannelAsync(string forumId, CancellationToken cancellationToken)
    {
        var link = await GetLinkAsync(forumId, cancellationToken);
        return link is null ? null : await references.GetAsync(ConversationKinds.Channel, link.ChannelId, cancellationToken);
    }

    public async Task<ForumChannelLink?> GetLinkAsync(string forumId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(forumId);
        var row = await Table.GetEntityIfExistsAsync<ForumChannelRow>(Partition, ForumChannelRow.Key(forumId), cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.ToLink() : null;
    }

    /// <summary>Every forum's link, by forum id (one partition query; a handful of rows).</summary>
    public async Task<IReadOnlyDictionary<string, ForumChannelLink>> GetAllLinksAsync(CancellationToken cancellationToken)
    {
        var links = new Dictionary<string, ForumChannelLink>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        await foreach (var row in Table.QueryAsync<ForumChannelRow>(filter, cancellationToken: cancellationToken))
        {
            var link = row.ToLink();
            links[link.ForumId] = link;
        }

        return links;
    }

    /// <summary>
    /// Makes <paramref name="link"/>'s channel the forum's, replacing any earlier channel. The
    /// write carries the ETag of the row it replaces: two people linking one forum at the same
    /// moment get one winner and one <see cref="LinkStatus.ChangedMeanwhile"/>, never a silent overwrite.
    /// </summary>
    public async Task<LinkOutcome> LinkAsync(ForumChannelLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        var entity = ForumChannelRow.From(link);
        var stored = await Table.GetEntityIfExistsAsync<ForumChannelRow>(entity.PartitionKey, entity.RowKey, cancellationToken: cancellationToken);
        if (!stored.HasValue)
        {
            var added = await Table.AddAsync(entity, cancellationToken);
            return new LinkOutcome(added.Succeeded ? LinkStatus.Linked : LinkStatus.ChangedMeanwhile, null);
        }

        var previous = stored.Value!.ToLink();
        var replaced = await Table.UpdateAsync(entity, stored.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
        if (!replaced.Succeeded)
        {
            return new LinkOutcome(LinkStatus.ChangedMeanwhile, previous);
        }

        var sameChannel = string.Equals(previous.ChannelId, link.ChannelId, StringComparison.Ordinal);
        return new LinkOutcome(sameChannel ? LinkStatus.Relinked : LinkStatus.Moved, previous);
    }
}
