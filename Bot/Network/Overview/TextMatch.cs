using ForumBot.Protocol;

namespace ForumBot.Network.Overview;

/// <summary>
/// Tolerant text matching for the topic words users type after a command: case, accents and æøå
/// spellings ignored (CommandText.Normalize), surrounding quotes and punctuation dropped.
/// Initiatives and forums named by id or name are found by <see cref="NameMatch"/>.
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
}
