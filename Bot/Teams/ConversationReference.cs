namespace ForumBot.Teams;

/// <summary>The kinds of conversation the bot keeps a reference to.</summary>
public static class ConversationKinds
{
    /// <summary>A 1:1 chat, keyed by the user's AAD object id.</summary>
    public const string Personal = "personal";

    /// <summary>A Teams channel, keyed by the channel id (the thread root, without ";messageid=").</summary>
    public const string Channel = "channel";

    /// <summary>A group chat, keyed by its conversation id.</summary>
    public const string GroupChat = "groupChat";

    /// <summary>
    /// Not a conversation: the serviceUrl and bot account last seen in a tenant, keyed by tenant
    /// id. Used to open a 1:1 chat with someone who has never written to the bot.
    /// </summary>
    public const string Tenant = "tenant";
}

/// <summary>
/// What the bot needs to write into a conversation later, unprompted. The serviceUrl is
/// refreshed on every inbound activity: Teams may move a conversation between regions.
/// </summary>
public sealed record ConversationReference(
    string Kind,
    string Key,
    string ConversationId,
    Uri ServiceUrl,
    string? TenantId,
    string? BotId,
    string? BotName,
    string? UserId,
    string? AadObjectId,
    string? TeamId,
    string? ChannelId,
    string? Locale,
    bool Active,
    string? DeadReason,
    DateTimeOffset UpdatedAt);
