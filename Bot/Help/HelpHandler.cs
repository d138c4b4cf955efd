using ForumBot.Localization;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;

namespace ForumBot.Help;

/// <summary>Answers "help"/"hjælp", and any text no other command understood.</summary>
public sealed class HelpHandler(IEnumerable<HelpEntry> entries) : ITurnHandler
{
    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken) =>
        turn.SendAsync(MessageFactory.Card(HelpCard.Build(turn.Language, entries), turn.Language.Pick("Help", "Hjælp")), cancellationToken);
}
