using System.ComponentModel.DataAnnotations;

namespace ForumBot.Network;

/// <summary>Settings of the network registry (section "Network").</summary>
public sealed class NetworkOptions
{
    public const string Section = "Network";

    /// <summary>
    /// How stale a cached snapshot may get before the version row is checked again: an import
    /// made by another instance or the admin CLI shows up within this many seconds.
    /// </summary>
    [Range(1, 3600, ErrorMessage = "Network:SnapshotRefreshSeconds must lie between {1} and {2}.")]
    public int SnapshotRefreshSeconds { get; set; } = 30;

    public TimeSpan SnapshotRefresh => TimeSpan.FromSeconds(SnapshotRefreshSeconds);
}
