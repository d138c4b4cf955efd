using ForumBot.Network;

namespace ForumBot.Updates.Handlers;

/// <summary>How a typed initiative name was understood.</summary>
public enum InitiativeMatchKind
{
    Found,
    NotOwn,
    Ambiguous,
    Unknown,
}

public sealed record InitiativeMatch(InitiativeMatchKind Kind, Initiative? Initiative, IReadOnlyList<Initiative> Candidates);

/// <summary>
/// The initiative a user means in "update X: …": found as every command finds one
/// (<see cref="NameMatch"/>, the same as "initiative X"), then held against the user's own
/// initiatives, the ones they may update. One match of someone else's is refused by name;
/// several are narrowed to the user's own.
/// </summary>
public static class InitiativeMatcher
{
    public static InitiativeMatch Match(string typed, IReadOnlyList<Initiative> all, IReadOnlyList<Initiative> own)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(own);
        var found = NameMatch.Initiatives(all, typed ?? string.Empty);
        if (found is [var only])
        {
            return own.Contains(only)
                ? new InitiativeMatch(InitiativeMatchKind.Found, only, [])
                : new InitiativeMatch(InitiativeMatchKind.NotOwn, only, own);
        }

        var mine = found.Where(own.Contains).ToList();
        return mine.Count switch
        {
            1 => new InitiativeMatch(InitiativeMatchKind.Found, mine[0], []),
            0 => new InitiativeMatch(InitiativeMatchKind.Unknown, null, own),
            _ => new InitiativeMatch(InitiativeMatchKind.Ambiguous, null, mine),
        };
    }
}
