using ForumBot.Protocol;

namespace ForumBot.Network.Overview;

/// <summary>
/// Tolerant text matching for what users type after a command: case, accents and æøå
/// spellings ignored (CommandText.Normalize), surrounding quotes and punctuation dropped.
/// </summary>
public static class TextMatch
{
    private static readonly char[] Wrapping = ['"', '\'', '“', '”', '„', '«', '»', '?', '!', '.', ',', ':', ';', ' '];

    /// <summary>The query as compared: normalised, without wrapping quotes or a trailing "?".</summary>
    public static string Query(string text) => CommandText.Normalize(text.Trim(Wrapping)).Trim(Wrapping);

    public static string Normalize(string? text) => text is null ? string.Empty : CommandText.Normalize(text);

    /// <summary>Whether <paramref name="word"/> occurs in <paramref name="text"/> as whole words (both normalised).</summary>
    public static bool ContainsWord(string text, string word)
    {
        if (word.Length == 0)
        {
            return false;
        }

        var start = 0;
        while ((start = text.IndexOf(word, start, StringComparison.Ordinal)) >= 0)
        {
            var end = start + word.Length;
            if ((start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }

            start++;
        }

        return false;
    }

    /// <summary>
    /// Items named by the query: an exact id or name first; else ids and names containing it;
    /// else names containing every word of it. Empty when nothing fits.
    /// </summary>
    public static IReadOnlyList<T> FindByIdOrName<T>(IEnumerable<T> items, string query, Func<T, string> id, Func<T, string> name)
    {
        var q = Query(query);
        if (q.Length == 0)
        {
            return [];
        }

        var all = items.Select(i => (Item: i, Id: Normalize(id(i)), Name: Normalize(name(i)))).ToList();
        var exact = all.Where(x => x.Id == q || x.Name == q).Select(x => x.Item).ToList();
        if (exact.Count > 0)
        {
            return exact;
        }

        var containing = all.Where(x => x.Id.Contains(q, StringComparison.Ordinal) || x.Name.Contains(q, StringComparison.Ordinal)).Select(x => x.Item).ToList();
        if (containing.Count > 0)
        {
            return containing;
        }

        var words = q.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return [.. all.Where(x => words.All(w => x.Name.Contains(w, StringComparison.Ordinal))).Select(x => x.Item)];
    }
}
