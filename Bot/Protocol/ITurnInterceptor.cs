namespace ForumBot.Protocol;

/// <summary>
/// Runs before every authenticated turn reaches its handler, in registration order
/// (redelivery check, conversation-reference upkeep). Returning false ends the turn quietly.
/// </summary>
public interface ITurnInterceptor
{
    Task<bool> BeforeTurnAsync(TurnContext turn, CancellationToken cancellationToken);
}
