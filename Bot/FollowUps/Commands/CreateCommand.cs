using System.Text.RegularExpressions;
using ForumBot.Network;

namespace ForumBot.FollowUps.Commands;

/// <summary>
/// The parts of "followup &lt;forum&gt;: &lt;text&gt; @&lt;owner&gt; due &lt;date&gt;" /
/// "opfølgning &lt;forum&gt;: &lt;tekst&gt; @&lt;ansvarlig&gt; senest &lt;dato&gt;" ("senest": "at the latest", as
/// Danish deadlines are written). <see cref="ForumText"/> is null when no forum was written (in a
/// forum's channel it is implied). A Teams @mention arrives as "&lt;at&gt;Name&lt;/at&gt;" and reads as "@Name".
/// </summary>
public sealed partial record CreateCommand(string? ForumText, string Text, string OwnerText, string DueText)
{
    /// <param name="forumFirst">False reads everything as the text: in a forum's channel, where
    /// "Ring kl. 10:00 …" has a colon that names no forum.</param>
    public static CreateCommand? Parse(string arguments, bool forumFirst = true)
    {
        var text = Mention(arguments).Trim();
        var colon = forumFirst ? text.IndexOf(':', StringComparison.Ordinal) : -1;
        var forum = colon < 0 ? null : text[..colon].Trim();
        var rest = colon < 0 ? text : text[(colon + 1)..];
        var due = DueClause().Match(rest);
        if (!due.Success)
        {
            return null;
        }

        var before = due.Groups["before"].Value;
        var at = before.LastIndexOf('@');
        if (at < 0)
        {
            return null;
        }

        var body = before[..at].Trim();
        var owner = before[(at + 1)..].Trim();
        var date = due.Groups["date"].Value.Trim();
        return body.Length == 0 || owner.Length == 0 || date.Length == 0
            ? null
            : new CreateCommand(NameMatch.IsBlank(forum) ? null : forum, body, owner, date);
    }

    /// <summary>Teams' "&lt;at&gt;Name&lt;/at&gt;" as "@Name".</summary>
    public static string Mention(string? text) => MentionMarkup().Replace(text ?? string.Empty, "@$1");

    [GeneratedRegex("<at>([^<]*)</at>", RegexOptions.IgnoreCase)]
    private static partial Regex MentionMarkup();

    // Greedy "before": the last "due"/"senest" is the keyword, so the text may use the word itself.
    [GeneratedRegex(@"^(?<before>.*)\s(?:due|senest)\s+(?<date>[^@]+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex DueClause();
}
