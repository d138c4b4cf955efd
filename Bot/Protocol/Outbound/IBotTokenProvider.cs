namespace ForumBot.Protocol.Outbound;

/// <summary>The bearer token for calls to the Bot Connector.</summary>
public interface IBotTokenProvider
{
    /// <summary>A valid access token, or null in unauthenticated mode (no MicrosoftAppId).</summary>
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// A new token in place of <paramref name="rejected"/>, which the connector answered 401:
    /// acquired afresh (or already renewed by a concurrent call); null when none other can be had.
    /// </summary>
    ValueTask<string?> RenewAsync(string rejected, CancellationToken cancellationToken);
}

/// <summary>Where a fresh token comes from (MSAL client credentials or a managed identity).</summary>
internal interface ITokenSource
{
    Task<AcquiredToken> AcquireAsync(string scope, CancellationToken cancellationToken);
}

/// <summary>A token and how long it lives from now (a duration, so our TimeProvider can own the clock).</summary>
internal readonly record struct AcquiredToken(string Value, TimeSpan Lifetime);

/// <summary>Unauthenticated mode: outbound calls carry no credentials.</summary>
internal sealed class NoBotTokenProvider : IBotTokenProvider
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);

    public ValueTask<string?> RenewAsync(string rejected, CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}

/// <summary>
/// A token could not be acquired. Derives from HttpRequestException because callers treat it
/// as any failed outbound call; the retry pipeline does not retry it (the identity libraries
/// already retry transient token endpoint failures).
/// </summary>
public sealed class ConnectorTokenException(string message, Exception innerException) : HttpRequestException(message, innerException);
