using System.Text.Json;
using ForumBot.Protocol;

namespace ForumBot.Teams;

/// <summary>
/// Opening conversations in Teams without an inbound activity: a 1:1 chat with a user, or a
/// new thread in a channel. Shapes as Teams expects them (see docs/protocol.md).
/// </summary>
public static class TeamsConversations
{
    /// <summary>
    /// A 1:1 chat. <paramref name="userId"/> is the user's Teams id ("29:…") or AAD object id;
    /// both go in members[].id (an aadObjectId property there is answered 400).
    /// </summary>
    public static ConversationParameters PersonalConversation(string tenantId, string userId, ChannelAccount bot)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentNullException.ThrowIfNull(bot);
        return new ConversationParameters
        {
            IsGroup = false,
            Bot = bot,
            Members = [new ChannelAccount { Id = userId }],
            TenantId = tenantId,
            ChannelData = ChannelData(new TeamsChannelData { Tenant = new TenantInfo { Id = tenantId } }),
        };
    }

    /// <summary>A new thread in a Teams channel, started by <paramref name="activity"/>.</summary>
    public static ConversationParameters ChannelThread(string tenantId, string channelId, OutgoingActivity activity, ChannelAccount bot)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(bot);
        return new ConversationParameters
        {
            IsGroup = true,
            Bot = bot,
            TenantId = tenantId,
            Activity = activity,
            ChannelData = ChannelData(new TeamsChannelData
            {
                Tenant = new TenantInfo { Id = tenantId },
                Channel = new ChannelInfo { Id = channelId },
            }),
        };
    }

    /// <summary>Opens (or reopens: Teams answers the existing id) the 1:1 chat with a user.</summary>
    public static Task<CreateConversationOutcome> CreatePersonalConversationAsync(this ConnectorClient connector, string tenantId, string userId,
        ChannelAccount bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        return connector.CreateConversationAsync(PersonalConversation(tenantId, userId, bot), cancellationToken);
    }

    /// <summary>Posts <paramref name="activity"/> as a new thread in a channel; the answer holds the thread's conversation id.</summary>
    public static Task<CreateConversationOutcome> CreateChannelThreadAsync(this ConnectorClient connector, string tenantId, string channelId,
        OutgoingActivity activity, ChannelAccount bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        return connector.CreateConversationAsync(ChannelThread(tenantId, channelId, activity, bot), cancellationToken);
    }

    private static JsonElement ChannelData(TeamsChannelData data) =>
        JsonSerializer.SerializeToElement(data, ProtocolJson.Wire.TeamsChannelData);
}
