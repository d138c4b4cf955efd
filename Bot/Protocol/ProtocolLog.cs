namespace ForumBot.Protocol;

/// <summary>
/// Protocol log lines. They carry ids, types and reasons, never message text or card input.
/// Event ids 1000–1099.
/// </summary>
internal static partial class ProtocolLog
{
    private static readonly Func<ILogger, string, IDisposable?> s_turnScope = LoggerMessage.DefineScope<string>("Turn {CorrelationId}");

    /// <summary>
    /// The scope MessagesEndpoint holds open for a whole turn: its only value is the correlation id
    /// (nothing personal), so every line written during the turn can be found by the reference the user sees.
    /// </summary>
    public static IDisposable? TurnScope(ILogger logger, string correlationId) => s_turnScope(logger, correlationId);

    [LoggerMessage(1000, LogLevel.Information, "Turn {CorrelationId}: {ActivityType} {InvokeName} in {ConversationType} conversation")]
    public static partial void TurnStarted(ILogger logger, string correlationId, string? activityType, string? invokeName, string? conversationType);

    [LoggerMessage(1001, LogLevel.Warning, "Rejected inbound request ({Status}): {Reason}")]
    public static partial void AuthRejected(ILogger logger, int status, string? reason);

    [LoggerMessage(1002, LogLevel.Warning, "Bad inbound request: {Reason}")]
    public static partial void BadRequest(ILogger logger, string reason);

    [LoggerMessage(1003, LogLevel.Error, "Turn {CorrelationId} failed in a handler")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string correlationId);

    [LoggerMessage(1004, LogLevel.Error, "Turn {CorrelationId}: could not tell the user about a failure")]
    public static partial void ErrorReplyFailed(ILogger logger, Exception exception, string correlationId);

    [LoggerMessage(1006, LogLevel.Debug, "Turn {CorrelationId}: typing indicator not sent")]
    public static partial void TypingFailed(ILogger logger, Exception exception, string correlationId);
}
