using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ForumBot.Protocol.Auth;

/// <summary>
/// Validates the channel's bearer token the way the Bot Framework SDK's ChannelValidation and
/// JwtTokenExtractor do (fail closed): signed with RS256/384/512 by a key from the channel's
/// JWKS, issuer ToBotFromChannelTokenIssuer, audience MicrosoftAppId, lifetime with 5 minutes
/// skew, the signing key endorsed for the activity's channelId, and the serviceurl claim equal
/// to the activity's serviceUrl. Then the tenant allow-list. The crypto is IdentityModel's.
/// </summary>
public sealed partial class ChannelTokenAuthenticator : IInboundAuthenticator
{
    public const string ServiceUrlClaim = "serviceurl";
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] AllowedAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotFrameworkOptions _options;
    private readonly ChannelOpenIdMetadata _metadata;
    private readonly ILogger<ChannelTokenAuthenticator> _logger;
    private readonly JsonWebTokenHandler _handler = new();

    public ChannelTokenAuthenticator(IOptions<BotFrameworkOptions> options, ChannelOpenIdMetadata metadata, ILogger<ChannelTokenAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _metadata = metadata;
        _logger = logger;
    }

    public async Task<InboundAuthResult> AuthenticateAsync(HttpContext http, IncomingActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(activity);

        var token = BearerToken(http.Request);
        if (token is null)
        {
            return InboundAuthResult.Unauthorized("no Bearer token in the Authorization header");
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return InboundAuthResult.Unauthorized("activity without a channelId: no endorsement can be checked");
        }

        OpenIdConnectConfiguration metadata;
        try
        {
            metadata = await _metadata.GetAsync(cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            LogMetadataUnavailable(_logger, ex, _options.ToBotFromChannelOpenIdMetadataUrl);
            return InboundAuthResult.Unauthorized("channel OpenID metadata unavailable");
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters(metadata));
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException
            && await _metadata.RefreshAsync(metadata, cancellationToken) is { } refreshed)
        {
            metadata = refreshed;
            result = await _handler.ValidateTokenAsync(token, Parameters(metadata));
        }

        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return InboundAuthResult.Unauthorized("token rejected: " + Describe(result.Exception));
        }

        // The SDK looks the endorsements up by the key that actually verified the signature.
        var keyId = jwt.SigningKey?.KeyId;
        var endorsements = ChannelOpenIdMetadata.EndorsementsOf(metadata, keyId);
        if (endorsements is null || !endorsements.Contains(activity.ChannelId))
        {
            return InboundAuthResult.Unauthorized($"signing key '{keyId}' is not endorsed for channel '{activity.ChannelId}'");
        }

        // Exactly as the SDK: case-insensitive equality, no other normalisation (a trailing
        // slash counts), so a token minted for one serviceUrl cannot steer replies to another.
        if (!jwt.TryGetPayloadValue<string>(ServiceUrlClaim, out var serviceUrlClaim) || string.IsNullOrWhiteSpace(serviceUrlClaim))
        {
            return InboundAuthResult.Unauthorized("token has no serviceurl claim");
        }

        if (!string.Equals(serviceUrlClaim, activity.ServiceUrl?.OriginalString, StringComparison.OrdinalIgnoreCase))
        {
            return InboundAuthResult.Unauthorized("serviceurl claim does not match the activity's serviceUrl");
        }

        return TenantAllowList.Check(_options.AllowedTenants, activity);
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration metadata) => new()
    {
        ValidateIssuer = true,
        ValidIssuer = _options.ToBotFromChannelTokenIssuer,
        ValidateAudience = true,
        ValidAudience = _options.MicrosoftAppId,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKeys = metadata.SigningKeys,
        ValidAlgorithms = AllowedAlgorithms,
    };

    /// <summary>"Authorization: Bearer &lt;token&gt;", one header, nothing else.</summary>
    private static string? BearerToken(HttpRequest request)
    {
        var headers = request.Headers.Authorization;
        if (headers.Count != 1 || headers[0] is not { } header)
        {
            return null;
        }

        const string Scheme = "Bearer ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = header[Scheme.Length..].Trim();
        return token.Length == 0 || token.Contains(' ', StringComparison.Ordinal) ? null : token;
    }

    /// <summary>A reason for the log; never the token or IdentityModel's full message.</summary>
    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "expired",
        SecurityTokenNotYetValidException => "not yet valid",
        SecurityTokenNoExpirationException => "no expiry",
        SecurityTokenInvalidIssuerException => "wrong issuer",
        SecurityTokenInvalidAudienceException => "wrong audience",
        SecurityTokenInvalidAlgorithmException => "signing algorithm not allowed",
        SecurityTokenSignatureKeyNotFoundException => "signing key not found in the channel's keys",
        SecurityTokenInvalidSignatureException => "invalid or missing signature",
        SecurityTokenMalformedException => "malformed token",
        null => "unknown reason",
        _ => exception.GetType().Name,
    };

    [LoggerMessage(1121, LogLevel.Error, "Channel OpenID metadata could not be fetched from {MetadataUrl}: every inbound request is refused until it can")]
    private static partial void LogMetadataUnavailable(ILogger logger, Exception exception, string metadataUrl);
}
