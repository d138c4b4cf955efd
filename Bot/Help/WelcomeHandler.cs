using ForumBot.Localization;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;

namespace ForumBot.Help;

/// <summary>
/// When someone adds ForumBot to their personal chat, they get the help card with a welcome,
/// so the first thing they see is what they can write. Installs into teams and group chats
/// stay quiet: a channel should not be greeted by a bot nobody asked yet.
/// </summary>
public sealed class WelcomeHandler(IEnumerable<HelpEntry> entries) : ITurnHandler
{
    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Action != "add" || !turn.IsPersonalChat)
        {
            return Task.CompletedTask;
        }

        var card = HelpCard.Build(turn.Language, entries, welcome: true);
        return turn.SendAsync(MessageFactory.Card(card, turn.Language.Pick("Welcome to ForumBot", "Velkommen til ForumBot")), cancellationToken);
    }
}
