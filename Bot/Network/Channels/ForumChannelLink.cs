namespace ForumBot.Network.Channels;

/// <summary>A forum's Teams channel: where its agendas and notices go. At most one per forum.</summary>
public sealed record ForumChannelLink(
    string ForumId,
    string ChannelId,
    string? ChannelName,
    string? TeamId,
    string? TeamName,
    string? TenantId,
    string LinkedBy,
    DateTimeOffset LinkedAt)
{
    /// <summary>"Team › Channel" as far as Teams told us the names; null when it told us none.</summary>
    public string? DisplayName => (TeamName, ChannelName) switch
    {
        ({ Length: > 0 } team, { Length: > 0 } channel) => $"{team} › {channel}",
        (_, { Length: > 0 } channel) => channel,
        ({ Length: > 0 } team, _) => team,
        _ => null,
    };
}

public enum LinkStatus
{
    /// <summary>The forum had no channel; now it has this one.</summary>
    Linked,

    /// <summary>The forum was already linked to this channel; the link was refreshed.</summary>
    Relinked,

    /// <summary>The forum's link moved here from another channel.</summary>
    Moved,

    /// <summary>Someone else linked the forum between our read and our write; nothing was written.</summary>
    ChangedMeanwhile,
}

/// <summary>What linking came to, and the link it replaced (for "moved from …").</summary>
public sealed record LinkOutcome(LinkStatus Status, ForumChannelLink? Previous);
