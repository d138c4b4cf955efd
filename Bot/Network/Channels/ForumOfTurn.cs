using ForumBot.Protocol;

namespace ForumBot.Network.Channels;

/// <summary>
/// The forum a turn is about when it comes from a forum's linked Teams channel; null in chats and
/// other channels. The one place features ask "which forum is this channel?" (agenda, follow-ups).
/// </summary>
public sealed class ForumOfTurn(ForumChannels channels)
{
    public async Task<Forum?> FindAsync(TurnContext turn, NetworkSnapshot network, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(network);
        if (turn.Activity.Conversation?.ConversationType != "channel" || turn.ChannelData?.Channel?.Id is not { Length: > 0 } channelId)
        {
            return null;
        }

        var links = await channels.GetAllLinksAsync(cancellationToken);
        var forumId = links.Values.FirstOrDefault(l => string.Equals(l.ChannelId, channelId, StringComparison.Ordinal))?.ForumId;
        return forumId is null ? null : network.FindForum(forumId);
    }
}
