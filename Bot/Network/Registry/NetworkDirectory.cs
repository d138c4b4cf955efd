using Azure;
using Microsoft.Extensions.Options;

namespace ForumBot.Network.Registry;

/// <summary>
/// The read side every feature uses: the active network as an in-memory snapshot. The whole
/// registry is small, so it is loaded by a few partition queries and kept; at most every
/// Network:SnapshotRefreshSeconds a point read of the version row tells whether another
/// instance (or the admin CLI) imported meanwhile. An import in this process invalidates at once.
/// </summary>
public sealed partial class NetworkDirectory(NetworkTable table, IOptions<NetworkOptions> options, TimeProvider time, ILogger<NetworkDirectory> logger)
    : INetworkReader, IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Cached? _cached;

    public async ValueTask<NetworkSnapshot> GetSnapshotAsync(CancellationToken cancellationToken)
    {
        if (Fresh(_cached) is { } fresh)
        {
            return fresh;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            var cached = _cached;
            if (Fresh(cached) is { } loadedMeanwhile)
            {
                return loadedMeanwhile;
            }

            if (cached is not null && await CurrentETagAsync(cancellationToken) == cached.Snapshot.ETag)
            {
                _cached = cached with { CheckedAt = time.GetUtcNow() };
                return cached.Snapshot;
            }

            var snapshot = await table.LoadSnapshotAsync(cancellationToken);
            _cached = new Cached(snapshot, time.GetUtcNow());
            LogLoaded(logger, snapshot.Version, snapshot.People.Count, snapshot.Forums.Count, snapshot.Initiatives.Count);
            return snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Drops the cached snapshot; the next read loads the network again.</summary>
    public void Invalidate() => _cached = null;

    public void Dispose() => _loading.Dispose();

    private NetworkSnapshot? Fresh(Cached? cached) =>
        cached is not null && time.GetUtcNow() - cached.CheckedAt < options.Value.SnapshotRefresh
            ? cached.Snapshot
            : null;

    private async Task<ETag> CurrentETagAsync(CancellationToken cancellationToken) =>
        (await table.ReadMetaAsync(cancellationToken))?.ETag ?? default;

    private sealed record Cached(NetworkSnapshot Snapshot, DateTimeOffset CheckedAt);

    [LoggerMessage(1302, LogLevel.Information, "Network snapshot loaded: version {Version}, {People} people, {Forums} forums, {Initiatives} initiatives")]
    private static partial void LogLoaded(ILogger logger, long version, int people, int forums, int initiatives);
}
