namespace ForumBot.Network;

/// <summary>
/// How features read the network registry: one immutable snapshot of the active network,
/// cached in memory and refreshed when an import happened (here or on another instance).
/// Take one snapshot per turn and use it throughout, so a turn sees one consistent network.
/// </summary>
public interface INetworkReader
{
    ValueTask<NetworkSnapshot> GetSnapshotAsync(CancellationToken cancellationToken);
}
