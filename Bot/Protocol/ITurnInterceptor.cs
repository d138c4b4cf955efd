namespace ForumBot.Protocol;

/// <summary>
/// Runs around every authenticated turn, in registration order (redelivery check,
/// conversation-reference upkeep). Returning false from BeforeTurnAsync ends the turn quietly.
/// </summary>
public interface ITurnInterceptor
{
    Task<bool> BeforeTurnAsync(TurnContext turn, CancellationToken cancellationToken);

    /// <summary>Called once the handler finished; <paramref name="succeeded"/> is false when it threw.</summary>
    Task AfterTurnAsync(TurnContext turn, bool succeeded, CancellationToken cancellationToken) => Task.CompletedTask;
}
