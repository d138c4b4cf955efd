using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ForumBot.Protocol.Auth;

/// <summary>
/// The channel's OpenID metadata and signing keys (JWKS), cached and refreshed by
/// Microsoft.IdentityModel's ConfigurationManager, plus the Bot Framework's one extension:
/// each JWKS key lists the channels it may sign for in an <c>endorsements</c> array.
/// </summary>
public sealed partial class ChannelOpenIdMetadata : IDisposable
{
    /// <summary>Same pace as the ConfigurationManager's own RequestRefresh throttle.</summary>
    public static readonly TimeSpan ForcedRefreshInterval = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan RefreshWait = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan RefreshPoll = TimeSpan.FromMilliseconds(50);

    private readonly HttpClient _http;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly TimeProvider _time;
    private readonly ILogger<ChannelOpenIdMetadata> _logger;
    private readonly Lock _gate = new();
    private Task<OpenIdConnectConfiguration?>? _refresh;
    private DateTimeOffset _refreshStarted = DateTimeOffset.MinValue;

    public ChannelOpenIdMetadata(IOptions<BotFrameworkOptions> options, TimeProvider time, ILogger<ChannelOpenIdMetadata> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var address = new Uri(options.Value.ToBotFromChannelOpenIdMetadataUrl, UriKind.Absolute);
        _time = time;
        _logger = logger;

        // A long-lived client: pooled connections are recycled so DNS changes are still seen.
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { Timeout = TimeSpan.FromSeconds(10) };
        var retriever = new HttpDocumentRetriever(_http) { RequireHttps = !address.IsLoopback };
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(address.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            RefreshInterval = ForcedRefreshInterval,
        };
    }

    /// <summary>The cached metadata; fetched on first use and refreshed in the background about twice a day.</summary>
    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) => _manager.GetConfigurationAsync(cancellationToken);

    /// <summary>
    /// A token named a key we do not have: the channel may have rotated its keys. Asks for a
    /// refresh (at most once per <see cref="ForcedRefreshInterval"/>, so unknown kids cannot make
    /// us hammer the metadata endpoint) and waits briefly for it. Returns the new metadata, or
    /// null when no refresh was allowed or none arrived; concurrent callers share one refresh.
    /// </summary>
    public Task<OpenIdConnectConfiguration?> RefreshAsync(OpenIdConnectConfiguration stale, CancellationToken cancellationToken)
    {
        Task<OpenIdConnectConfiguration?> refresh;
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (_refresh is null || (_refresh.IsCompleted && now - _refreshStarted >= ForcedRefreshInterval))
            {
                _refreshStarted = now;
                _refresh = WaitForNewConfigurationAsync(stale);
            }
            else if (_refresh.IsCompleted)
            {
                return Task.FromResult<OpenIdConnectConfiguration?>(null);
            }

            refresh = _refresh;
        }

        return refresh.WaitAsync(cancellationToken);
    }

    /// <summary>The endorsements of the JWKS key with this kid; null when the key lists none.</summary>
    public static IReadOnlySet<string>? EndorsementsOf(OpenIdConnectConfiguration configuration, string? keyId)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (string.IsNullOrEmpty(keyId) || configuration.JsonWebKeySet is null)
        {
            return null;
        }

        var key = configuration.JsonWebKeySet.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var raw))
        {
            return null;
        }

        return raw switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String)
                .Select(e => e.GetString()!)
                .ToHashSet(StringComparer.Ordinal),
            IEnumerable<string> strings => strings.ToHashSet(StringComparer.Ordinal),
            IEnumerable<object> objects => objects.OfType<string>().ToHashSet(StringComparer.Ordinal),
            _ => null,
        };
    }

    public void Dispose() => _http.Dispose();

    private async Task<OpenIdConnectConfiguration?> WaitForNewConfigurationAsync(OpenIdConnectConfiguration stale)
    {
        // IdentityModel 8 refreshes in the background: poll until the new document is in.
        _manager.RequestRefresh();
        var deadline = _time.GetUtcNow() + RefreshWait;
        while (_time.GetUtcNow() < deadline)
        {
            try
            {
                var current = await _manager.GetConfigurationAsync(CancellationToken.None);
                if (!ReferenceEquals(current, stale))
                {
                    LogKeysRefreshed(_logger, current.SigningKeys.Count);
                    return current;
                }
            }
            catch (InvalidOperationException ex)
            {
                LogRefreshFailed(_logger, ex);
                return null;
            }

            await Task.Delay(RefreshPoll, _time, CancellationToken.None);
        }

        return null;
    }

    [LoggerMessage(1122, LogLevel.Information, "Channel signing keys refreshed after an unknown key was seen: {KeyCount} keys")]
    private static partial void LogKeysRefreshed(ILogger logger, int keyCount);

    [LoggerMessage(1123, LogLevel.Warning, "Channel signing keys could not be refreshed")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
