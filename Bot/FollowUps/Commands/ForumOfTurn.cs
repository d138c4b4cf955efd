using ForumBot.Network;
using ForumBot.Network.Channels;
using ForumBot.Protocol;

namespace ForumBot.FollowUps.Commands;

/// <summary>The forum a turn is about when it comes from a forum's linked Teams channel; null in chats and other channels.</summary>
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
