using System.Globalization;
using System.Text.RegularExpressions;

namespace ForumBot.Privacy;

/// <summary>
/// Finds Danish CPR numbers in free text, so that no text naming a person by their national
/// identifier is stored. Used for every free-text input (update cards, quick updates, and later
/// follow-ups and agenda items).
/// </summary>
/// <remarks>
/// A CPR number is DDMMYY-SSSS or DDMMYYSSSS, standing alone (no digit right before or after).
/// Separators accepted between the two parts: none, a hyphen (also the Unicode hyphens, dashes
/// and minus sign that autocorrect produces) or one space (also a no-break space), because
/// people type "010203 1234" too; Danish phone numbers (8 digits) never take the 6+4 shape.
/// The first six digits must form a real date in some century: the 7th digit's century rule
/// is not applied, so a mistyped digit cannot let a real number through; only 29 February of
/// year 00 depends on the century, and it is valid (2000 was a leap year). The modulus-11 check
/// is deliberately not used: many numbers issued since 2007 fail it.
/// </remarks>
public static partial class CprGuard
{
    /// <summary>What replaces a CPR number when a text is shown back to its author.</summary>
    public const string Redaction = "[CPR]";

    public static bool ContainsCpr(string? text) => text is { Length: >= 10 } && Matches(text).Any();

    /// <summary>The text with every CPR number replaced by <see cref="Redaction"/>.</summary>
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CandidatePattern().Replace(text, m => IsCpr(m) ? Redaction : m.Value);
    }

    private static IEnumerable<Match> Matches(string text) => CandidatePattern().Matches(text).Where(IsCpr);

    private static bool IsCpr(Match match)
    {
        var day = int.Parse(match.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["month"].ValueSpan, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        return IsDate(1900 + year, month, day) || IsDate(2000 + year, month, day);
    }

    private static bool IsDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    // ASCII digits only ([0-9], not \d): other scripts' digits are not CPR numbers.
    [GeneratedRegex("(?<![0-9])(?<day>[0-9]{2})(?<month>[0-9]{2})(?<year>[0-9]{2})[-\u2010\u2011\u2012\u2013\u2014\u2212 \u00A0]?(?<serial>[0-9]{4})(?![0-9])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CandidatePattern();
}
