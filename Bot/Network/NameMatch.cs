using ForumBot.Protocol;

namespace ForumBot.Network;

/// <summary>
/// The one way a typed initiative or forum is found, whichever command names it ("initiative X",
/// "update X: …", "link forum X"), so that they all understand the same words alike. Case,
/// accents, punctuation and how æ, ø, å were typed are ignored (ø, oe and o all match):
/// an exact id or name first; else ids and names containing what was typed; else names
/// containing every typed word, partial words included. Several results are for the user to
/// choose from; no command picks one of them itself.
/// </summary>
public static class NameMatch
{
    public static IReadOnlyList<Initiative> Initiatives(IEnumerable<Initiative> initiatives, string typed) =>
        Find(initiatives, typed, i => i.Id, i => i.Name);

    public static IReadOnlyList<Forum> Forums(IEnumerable<Forum> forums, string typed) =>
        Find(forums, typed, f => f.Id, f => f.Name);

    /// <summary>Whether anything is left to match once case, accents and punctuation are set aside.</summary>
    public static bool IsBlank(string? typed) => Key(typed).Length == 0;

    /// <summary>Command normalisation, then æ/ø/å spelled ae/oe/aa folded to a/o/a, and anything but letters and digits as one space.</summary>
    public static string Key(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var folded = CommandText.Normalize(text)
            .Replace("ae", "a", StringComparison.Ordinal)
            .Replace("oe", "o", StringComparison.Ordinal)
            .Replace("aa", "a", StringComparison.Ordinal);
        var spaced = new string([.. folded.Select(c => char.IsLetterOrDigit(c) ? c : ' ')]);
        return string.Join(' ', spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static List<T> Find<T>(IEnumerable<T> items, string typed, Func<T, string> id, Func<T, string> name)
    {
        var wanted = Key(typed);
        if (wanted.Length == 0)
        {
            return [];
        }

        var all = items.Select(i => (Item: i, Id: Key(id(i)), Name: Key(name(i)))).ToList();
        var exact = all.Where(x => x.Id == wanted || x.Name == wanted).Select(x => x.Item).ToList();
        if (exact.Count > 0)
        {
            return exact;
        }

        var containing = all.Where(x => x.Id.Contains(wanted, StringComparison.Ordinal) || x.Name.Contains(wanted, StringComparison.Ordinal))
            .Select(x => x.Item).ToList();
        if (containing.Count > 0)
        {
            return containing;
        }

        var words = wanted.Split(' ');
        return [.. all.Where(x => words.All(w => x.Name.Contains(w, StringComparison.Ordinal))).Select(x => x.Item)];
    }
}
