using System.Globalization;
using System.Text;

namespace ForumBot.Protocol;

/// <summary>
/// Normalises what users type so commands match whatever their keyboard produced:
/// case-insensitive, æ/ø/å accepted as ae/oe/aa, other accents ignored, spaces collapsed.
/// </summary>
public static class CommandText
{
    public static string Normalize(string text)
    {
        var lowered = text.Trim().ToLowerInvariant()
            .Replace("æ", "ae", StringComparison.Ordinal)
            .Replace("ø", "oe", StringComparison.Ordinal)
            .Replace("å", "aa", StringComparison.Ordinal);
        var decomposed = lowered.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var isSpace = char.IsWhiteSpace(c);
            if (isSpace && lastWasSpace)
            {
                continue;
            }

            builder.Append(isSpace ? ' ' : c);
            lastWasSpace = isSpace;
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
