using System.Text.Json.Nodes;

namespace ForumBot.Protocol.Routing;

/// <summary>Handles a command, an activity type or an unmatched message.</summary>
public interface ITurnHandler
{
    Task HandleAsync(TurnContext turn, CancellationToken cancellationToken);
}

/// <summary>
/// Handles a card action by verb. The same handler serves Action.Execute (the result becomes
/// the invoke response) and Action.Submit (the result updates the card or is sent as a reply).
/// </summary>
public interface ICardActionHandler
{
    Task<CardActionResult> HandleAsync(TurnContext turn, CancellationToken cancellationToken);
}

/// <summary>What a card action answers: a card that replaces the old one, or a short text.</summary>
public sealed record CardActionResult(JsonObject? Card, string? Message)
{
    public static CardActionResult ReplaceCard(JsonObject card) => new(card, null);

    public static CardActionResult ShowMessage(string message) => new(null, message);
}
