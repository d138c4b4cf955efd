using ForumBot.Protocol;
using ForumBot.Storage;

namespace ForumBot.Teams;

/// <summary>
/// One conversation reference in table ConversationRefs: PartitionKey = kind (personal, channel,
/// groupChat, tenant), RowKey = the escaped key (AAD object id, channel id, conversation id,
/// tenant id). Column names and types are those rows have always had, so existing rows read.
/// </summary>
public sealed record ConversationReferenceRow : TableRow
{
    public string? ConversationId { get; set; }

    /// <summary>The serviceUrl as the channel sent it (a string column; <see cref="ConversationReference.ServiceUrl"/> is its Uri).</summary>
    public string? ServiceUrl { get; set; }

    public string? TenantId { get; set; }
    public string? BotId { get; set; }
    public string? BotName { get; set; }
    public string? UserId { get; set; }
    public string? AadObjectId { get; set; }
    public string? TeamId { get; set; }
    public string? ChannelId { get; set; }
    public string? Locale { get; set; }

    /// <summary>Null only in a row no turn ever wrote fully; read as active.</summary>
    public bool? Active { get; set; }

    public string? DeadReason { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }

    public static string Partition(string kind) => kind;

    public static string Row(string key) => TableKeys.Escape(key);

    public static ConversationReferenceRow From(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return new ConversationReferenceRow
        {
            PartitionKey = Partition(reference.Kind),
            RowKey = Row(reference.Key),
            ConversationId = reference.ConversationId,
            ServiceUrl = reference.ServiceUrl.OriginalString,
            TenantId = reference.TenantId,
            BotId = reference.BotId,
            BotName = reference.BotName,
            UserId = reference.UserId,
            AadObjectId = reference.AadObjectId,
            TeamId = reference.TeamId,
            ChannelId = reference.ChannelId,
            Locale = reference.Locale,
            Active = reference.Active,
            DeadReason = reference.DeadReason,
            UpdatedAt = reference.UpdatedAt,
        };
    }

    /// <summary>The reference this row holds; null when its serviceUrl is missing or not a valid one (nothing could be sent there).</summary>
    public ConversationReference? ToReference() =>
        ServiceUrls.TryParse(ServiceUrl) is { } serviceUrl
            ? new ConversationReference(
                PartitionKey,
                Uri.UnescapeDataString(RowKey),
                ConversationId ?? string.Empty,
                serviceUrl,
                TenantId,
                BotId,
                BotName,
                UserId,
                AadObjectId,
                TeamId,
                ChannelId,
                Locale,
                Active ?? true,
                DeadReason,
                UpdatedAt ?? DateTimeOffset.MinValue)
            : null;
}
