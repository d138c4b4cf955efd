using ForumBot.Network;
using ForumBot.Protocol;

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
/// Finds the initiative a user means by its id or name, ignoring case and accents (as commands
/// do): an exact id or name anywhere in the network first, else a part of the name or id among
/// the user's own initiatives.
/// </summary>
public static class InitiativeMatcher
{
    public static InitiativeMatch Match(string typed, IReadOnlyList<Initiative> all, IReadOnlyList<Initiative> own)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(own);
        var wanted = CommandText.Normalize(typed ?? string.Empty);
        if (wanted.Length == 0)
        {
            return new InitiativeMatch(InitiativeMatchKind.Unknown, null, own);
        }

        var exact = all.Where(i => CommandText.Normalize(i.Id) == wanted || CommandText.Normalize(i.Name) == wanted).ToList();
        if (exact.Count == 1)
        {
            return own.Contains(exact[0])
                ? new InitiativeMatch(InitiativeMatchKind.Found, exact[0], [])
                : new InitiativeMatch(InitiativeMatchKind.NotOwn, exact[0], own);
        }

        var partial = (exact.Count > 1 ? exact.Where(own.Contains) : own.Where(i => Contains(i, wanted))).ToList();
        return partial.Count switch
        {
            1 => new InitiativeMatch(InitiativeMatchKind.Found, partial[0], []),
            0 => new InitiativeMatch(InitiativeMatchKind.Unknown, null, own),
            _ => new InitiativeMatch(InitiativeMatchKind.Ambiguous, null, partial),
        };
    }

    private static bool Contains(Initiative initiative, string wanted) =>
        CommandText.Normalize(initiative.Name).Contains(wanted, StringComparison.Ordinal)
        || CommandText.Normalize(initiative.Id).Contains(wanted, StringComparison.Ordinal);
}
