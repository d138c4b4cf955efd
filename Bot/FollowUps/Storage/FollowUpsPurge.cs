using ForumBot.Network;
using ForumBot.Retention;

namespace ForumBot.FollowUps.Storage;

/// <summary>
/// Retention of follow-ups: each forum's follow-ups closed (done or cancelled) before the cutoff go,
/// with their history and index rows, forum partition by forum partition (never a scan; see
/// <see cref="FollowUpStore.PurgeClosedAsync"/>). Open follow-ups are live and stay whatever their age.
/// A forum no longer in the network is not walked: its follow-ups stay until it is back or removed by hand.
/// </summary>
public sealed class FollowUpsPurge(FollowUpStore store, INetworkReader network) : IRetentionPurge
{
    public string Name => "followups";

    public async Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken ct)
    {
        var snapshot = await network.GetSnapshotAsync(ct);
        var deleted = 0;
        foreach (var forum in snapshot.Forums)
        {
            deleted += await store.PurgeClosedAsync(forum.Id, cutoff, ct);
        }

        return deleted;
    }
}
