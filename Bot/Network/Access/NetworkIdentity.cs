using ForumBot.Localization;
using ForumBot.Network.Registry;
using ForumBot.Protocol;

namespace ForumBot.Network.Access;

/// <summary>Who sent a turn: their Teams id, the person it resolves to (null when unknown) and the snapshot used.</summary>
public sealed record NetworkSender(string? AadObjectId, Person? Person, NetworkSnapshot Network)
{
    public bool IsRegistered => Person is not null;

    public bool May(NetworkAction action, string? targetId = null) => Network.May(Person, action, targetId);
}

/// <summary>
/// Resolves a turn's sender (from.aadObjectId) to an active person through the cached snapshot.
/// A miss is checked once against the aadObjectId index by point read, so someone imported a
/// moment ago on another instance is recognised before the cache's next refresh.
/// </summary>
public sealed class NetworkIdentity(INetworkReader reader, NetworkTable table, NetworkDirectory directory)
{
    public Task<NetworkSender> ResolveAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return ResolveAsync(turn.SenderAadObjectId, cancellationToken);
    }

    public async Task<NetworkSender> ResolveAsync(string? aadObjectId, CancellationToken cancellationToken)
    {
        var network = await reader.GetSnapshotAsync(cancellationToken);
        if (!Guid.TryParse(aadObjectId, out var id))
        {
            return new NetworkSender(aadObjectId, null, network);
        }

        if (network.FindPersonByAadObjectId(id) is { } person)
        {
            return new NetworkSender(aadObjectId, person, network);
        }

        if (await table.FindPersonIdAsync(id, cancellationToken) is null)
        {
            return new NetworkSender(aadObjectId, null, network);
        }

        directory.Invalidate();
        network = await reader.GetSnapshotAsync(cancellationToken);
        return new NetworkSender(aadObjectId, network.FindPersonByAadObjectId(id), network);
    }

    /// <summary>
    /// For handlers that need a registered sender: resolves the sender, and when unknown answers
    /// with the "not registered" card and returns null, so the handler just returns.
    /// </summary>
    public async Task<NetworkSender?> RequireRegisteredAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var sender = await ResolveAsync(turn, cancellationToken);
        if (sender.IsRegistered)
        {
            return sender;
        }

        var card = UnknownSenderCard.Build(turn.Language, sender.AadObjectId);
        await turn.SendAsync(MessageFactory.Card(card, turn.Language.Pick("Not registered yet", "Endnu ikke registreret")), cancellationToken);
        return null;
    }
}
