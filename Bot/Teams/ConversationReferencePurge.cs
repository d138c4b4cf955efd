using Azure.Data.Tables;
using ForumBot.Retention;
using ForumBot.Storage;

namespace ForumBot.Teams;

/// <summary>
/// Deletes conversation references marked inactive (bot removed, chat blocked or gone) whose last
/// change is older than the cutoff: one query per kind partition. Active references are kept
/// however old: they are how the bot reaches a person or channel, and a turn refreshes them.
/// A reference revived between our read and the delete has a new ETag, so it is not deleted.
/// </summary>
public sealed class ConversationReferencePurge(TableStore tables) : IRetentionPurge
{
    private static readonly string[] Kinds = [ConversationKinds.Personal, ConversationKinds.Channel, ConversationKinds.GroupChat];

    public string Name => "conversation-references";

    public async Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken ct)
    {
        var table = tables.Table(TableNames.ConversationRefs);
        var deleted = 0;
        foreach (var kind in Kinds)
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {kind} and Active eq {false} and UpdatedAt lt {cutoff}");
            deleted += await TablePurge.DeleteAsync(table, filter, ct);
        }

        return deleted;
    }
}
