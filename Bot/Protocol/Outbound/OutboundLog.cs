namespace ForumBot.Protocol.Outbound;

/// <summary>
/// Outbound log lines: lifetimes, status codes and delays; never tokens, secrets or message
/// text. Event ids 1200–1249.
/// </summary>
internal static partial class OutboundLog
{
    [LoggerMessage(1200, LogLevel.Information, "Bot Connector token acquired, valid for {Lifetime}")]
    public static partial void TokenAcquired(ILogger logger, TimeSpan lifetime);

    [LoggerMessage(1201, LogLevel.Warning, "Bot Connector token renewal failed; the current token is used until it expires")]
    public static partial void TokenRenewalFailed(ILogger logger, Exception exception);

    [LoggerMessage(1202, LogLevel.Error, "Bot Connector token acquisition failed")]
    public static partial void TokenAcquisitionFailed(ILogger logger, Exception exception);

    [LoggerMessage(1203, LogLevel.Warning, "Bot Connector call failed ({Reason}); retry {Retry} in {Delay}")]
    public static partial void RetryScheduled(ILogger logger, int retry, string? reason, TimeSpan delay);

    [LoggerMessage(1204, LogLevel.Warning, "Outbound calls carry no credentials: MicrosoftAppId is empty (unauthenticated mode)")]
    public static partial void Unauthenticated(ILogger logger);

    [LoggerMessage(1205, LogLevel.Information, "Outbound tokens: {Credential} from {Authority} for scope {Scope}")]
    public static partial void CredentialConfigured(ILogger logger, ConnectorCredentialKind credential, string authority, string scope);
}
