using ForumBot.Localization;
using ForumBot.Network;

namespace ForumBot.FollowUps.Commands;

/// <summary>A forum named in a command: found, or the answer to give instead.</summary>
public readonly record struct ForumArgument(Forum? Forum, string? Answer)
{
    public static ForumArgument Match(NetworkSnapshot network, string typed, Language language)
    {
        ArgumentNullException.ThrowIfNull(network);
        return NameMatch.Forums(network.Forums, typed) switch
        {
            [var forum] => new ForumArgument(forum, null),
            [] => new ForumArgument(null, FollowUpTexts.UnknownForum(language, typed.Trim())),
            var several => new ForumArgument(null, FollowUpTexts.SeveralForums(language, several)),
        };
    }
}
