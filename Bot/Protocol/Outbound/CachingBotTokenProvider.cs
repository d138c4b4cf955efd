namespace ForumBot.Protocol.Outbound;

/// <summary>
/// Caches the connector token and renews it shortly before it expires. One acquisition at a
/// time: concurrent sends with no valid token wait for the one request in flight.
/// </summary>
internal sealed class CachingBotTokenProvider(ITokenSource source, string scope, TimeProvider time, ILogger<CachingBotTokenProvider> logger)
    : IBotTokenProvider, IDisposable
{
    /// <summary>Renew this long before expiry (or at half the lifetime for short-lived tokens).</summary>
    public static readonly TimeSpan RenewalMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile CachedToken? _current;

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (Fresh(_current) is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Whoever held the gate before us may have renewed it already.
            if (Fresh(_current) is { } renewed)
            {
                return renewed;
            }

            return await AcquireAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask<string?> RenewAsync(string rejected, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // A concurrent 401 may have renewed it already: one acquisition for all of them.
            if (Fresh(_current) is { } other && !string.Equals(other, rejected, StringComparison.Ordinal))
            {
                return other;
            }

            _current = null;
            var renewed = await AcquireAsync(cancellationToken);
            return string.Equals(renewed, rejected, StringComparison.Ordinal) ? null : renewed;
        }
        catch (ConnectorTokenException)
        {
            // Logged where it failed; the caller gets the 401 it had.
            return null;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<string> AcquireAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        try
        {
            var token = await source.AcquireAsync(scope, cancellationToken);
            var margin = token.Lifetime / 2 < RenewalMargin ? token.Lifetime / 2 : RenewalMargin;
            _current = new CachedToken(token.Value, now + token.Lifetime - margin, now + token.Lifetime);
            OutboundLog.TokenAcquired(logger, token.Lifetime);
            return token.Value;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A failed renewal is not yet an outage: the old token is good until it really expires.
            if (_current is { } previous && time.GetUtcNow() < previous.ExpiresAt)
            {
                OutboundLog.TokenRenewalFailed(logger, ex);
                return previous.Value;
            }

            OutboundLog.TokenAcquisitionFailed(logger, ex);
            throw new ConnectorTokenException("Could not acquire a Bot Connector token.", ex);
        }
    }

    private string? Fresh(CachedToken? token) => token is not null && time.GetUtcNow() < token.RenewAt ? token.Value : null;

    private sealed record CachedToken(string Value, DateTimeOffset RenewAt, DateTimeOffset ExpiresAt);
}
