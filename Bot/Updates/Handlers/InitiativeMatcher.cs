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
/// Finds the initiative a user means by its id or name, ignoring case, accents, punctuation and
/// how æ, ø, å were typed (ø, oe and o all match): an exact id or name anywhere in the network
/// first, else a part of the name or id among the user's own initiatives.
/// </summary>
public static class InitiativeMatcher
{
    public static InitiativeMatch Match(string typed, IReadOnlyList<Initiative> all, IReadOnlyList<Initiative> own)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(own);
        var wanted = Loose(typed ?? string.Empty);
        if (wanted.Length == 0)
        {
            return new InitiativeMatch(InitiativeMatchKind.Unknown, null, own);
        }

        var exact = all.Where(i => Loose(i.Id) == wanted || Loose(i.Name) == wanted).ToList();
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
        Loose(initiative.Name).Contains(wanted, StringComparison.Ordinal) || Loose(initiative.Id).Contains(wanted, StringComparison.Ordinal);

    /// <summary>Command normalisation, then æ/ø/å spelled ae/oe/aa folded to a/o/a, and anything but letters and digits as one space.</summary>
    public static string Loose(string text)
    {
        var folded = CommandText.Normalize(text)
            .Replace("ae", "a", StringComparison.Ordinal)
            .Replace("oe", "o", StringComparison.Ordinal)
            .Replace("aa", "a", StringComparison.Ordinal);
        var spaced = new string([.. folded.Select(c => char.IsLetterOrDigit(c) ? c : ' ')]);
        return string.Join(' ', spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
