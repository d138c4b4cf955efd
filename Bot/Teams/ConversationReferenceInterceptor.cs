using ForumBot.Protocol;

namespace ForumBot.Teams;

/// <summary>
/// Keeps conversation references current from every inbound activity: stored (or refreshed)
/// when the bot hears from a conversation, marked inactive when the bot is removed from it.
/// </summary>
public sealed partial class ConversationReferenceInterceptor(ConversationReferenceStore store, TimeProvider time, ILogger<ConversationReferenceInterceptor> logger)
    : ITurnInterceptor
{
    public async Task<bool> BeforeTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (ConversationReferences.FromActivity(turn, now) is { } reference)
        {
            if (BotWasRemoved(turn.Activity))
            {
                await store.MarkInactiveAsync(reference.Kind, reference.Key, "bot removed", cancellationToken);
            }
            else
            {
                await store.UpsertAsync(reference, cancellationToken);
            }
        }
        else if (ConversationReferences.IsPersonalWithoutAadObjectId(turn, now))
        {
            LogPersonalWithoutAadObjectId(logger, turn.CorrelationId);
        }

        if (ConversationReferences.TenantEntryFromActivity(turn, now) is { } tenant)
        {
            await store.UpsertAsync(tenant, cancellationToken);
        }

        return true;
    }

    [LoggerMessage(1150, LogLevel.Information, "Turn {CorrelationId}: personal activity without from.aadObjectId; no personal conversation reference stored")]
    private static partial void LogPersonalWithoutAadObjectId(ILogger logger, string correlationId);

    private static bool BotWasRemoved(IncomingActivity activity) => activity.Type switch
    {
        ActivityTypes.InstallationUpdate => activity.Action is "remove" or "remove-upgrade",
        ActivityTypes.ConversationUpdate => activity.MembersRemoved?.Any(m => m.Id == activity.Recipient?.Id) == true,
        _ => false,
    };
}

public static class ConversationReferences
{
    /// <summary>
    /// The reference for the conversation this turn came from; null when it has no usable key. A
    /// personal chat is keyed by the sender's aadObjectId only: from.id is the channel's account id,
    /// and a 1:1 reference must never be found under anything but the person's directory id.
    /// </summary>
    public static ConversationReference? FromActivity(TurnContext turn, DateTimeOffset now) =>
        Read(turn, now) is { Key.Length: > 0 } reference ? reference : null;

    /// <summary>The tenant's entry from this turn, also when the conversation itself has no usable key.</summary>
    public static ConversationReference? TenantEntryFromActivity(TurnContext turn, DateTimeOffset now) =>
        Read(turn, now) is { } reference ? TenantEntry(reference) : null;

    /// <summary>A personal chat whose sender has no aadObjectId: no 1:1 reference can be kept for it.</summary>
    public static bool IsPersonalWithoutAadObjectId(TurnContext turn, DateTimeOffset now) =>
        Read(turn, now) is { Kind: ConversationKinds.Personal, Key.Length: 0 };

    /// <summary>The reference as the activity gives it; its key is empty when the activity has none.</summary>
    private static ConversationReference? Read(TurnContext turn, DateTimeOffset now)
    {
        var activity = turn.Activity;
        var conversationId = activity.Conversation?.Id;
        if (conversationId is null || activity.ServiceUrl is not { } serviceUrl)
        {
            return null;
        }

        var channelId = turn.ChannelData?.Channel?.Id;
        var (kind, key) = activity.Conversation?.ConversationType switch
        {
            "channel" => (ConversationKinds.Channel, channelId ?? StripMessageId(conversationId)),
            "groupChat" => (ConversationKinds.GroupChat, conversationId),
            _ => (ConversationKinds.Personal, activity.From?.AadObjectId),
        };

        var isChannel = kind == ConversationKinds.Channel;
        return new ConversationReference(
            kind,
            key ?? string.Empty,
            isChannel ? StripMessageId(conversationId) : conversationId,
            serviceUrl,
            turn.TenantId,
            activity.Recipient?.Id,
            activity.Recipient?.Name,
            isChannel ? null : activity.From?.Id,
            isChannel ? null : activity.From?.AadObjectId,
            turn.ChannelData?.Team?.Id,
            channelId,
            activity.Locale,
            Active: true,
            DeadReason: null,
            now);
    }

    /// <summary>The tenant's latest serviceUrl and bot account, derived from any of its conversations.</summary>
    public static ConversationReference? TenantEntry(ConversationReference reference) =>
        reference.TenantId is { Length: > 0 } tenantId
            ? reference with
            {
                Kind = ConversationKinds.Tenant,
                Key = tenantId,
                ConversationId = string.Empty,
                UserId = null,
                AadObjectId = null,
                TeamId = null,
                ChannelId = null,
                Locale = null,
            }
            : null;

    /// <summary>A channel message's conversation id names the thread; the channel is the part before ";messageid=".</summary>
    private static string StripMessageId(string conversationId)
    {
        var index = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return index < 0 ? conversationId : conversationId[..index];
    }
}
