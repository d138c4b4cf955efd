using System.Text.RegularExpressions;

namespace ForumBot.Cards;

/// <summary>
/// Teams (and the Playground) treat "&lt;word&gt;" in a message or card text as an HTML tag and drop
/// it, so "who works on &lt;topic&gt;" would show as "who works on". Angle-bracketed words are shown
/// with single guillemets instead: "who works on ‹topic›". A lone "&lt;" or "&gt;" is left alone.
/// </summary>
public static partial class DisplayText
{
    public static string Safe(string text) => TagLike().Replace(text, "‹$1›");

    [GeneratedRegex("<([^<>\\r\\n]{1,60})>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TagLike();
}
