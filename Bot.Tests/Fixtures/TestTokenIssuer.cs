using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ForumBot.Tests.Fixtures;

/// <summary>What a minted token says; every field defaults to what the real channel would send.</summary>
public sealed record TokenSpec
{
    public string Issuer { get; init; } = TestTokenIssuer.ChannelIssuer;
    public required string Audience { get; init; }

    /// <summary>The serviceurl claim; null leaves it out.</summary>
    public required string? ServiceUrl { get; init; }

    public DateTime NotBefore { get; init; } = DateTime.UtcNow.AddMinutes(-1);

    /// <summary>The exp claim; null leaves it out.</summary>
    public DateTime? Expires { get; init; } = DateTime.UtcNow.AddMinutes(59);

    /// <summary>The signing key; null means the issuer's msteams-endorsed key.</summary>
    public SecurityKey? Key { get; init; }

    public string Algorithm { get; init; } = SecurityAlgorithms.RsaSha256;

    /// <summary>True mints an unsigned token (alg "none").</summary>
    public bool WithoutSignature { get; init; }
}

/// <summary>
/// Stands in for the Bot Framework's token service (the outer edge) on a real loopback port:
/// an OpenID metadata document and a JWKS whose keys carry Bot Framework `endorsements`, with
/// RSA keys made in the test. Tokens are minted with IdentityModel, as the channel's would be.
/// </summary>
public sealed class TestTokenIssuer : IAsyncDisposable
{
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string EndorsedKeyId = "test-key-msteams";
    public const string UnendorsedKeyId = "test-key-no-endorsements";
    public const string DirectLineKeyId = "test-key-directline";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, (RsaSecurityKey Key, string[]? Endorsements)> _published = new();
    private readonly List<RSA> _rsas = [];
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private int _jwksRequests;

    private TestTokenIssuer(WebApplication app)
    {
        _app = app;
        EndorsedKey = NewKey(EndorsedKeyId);
        UnendorsedKey = NewKey(UnendorsedKeyId);
        DirectLineKey = NewKey(DirectLineKeyId);
        Publish(EndorsedKey, "msteams", "webchat");
        Publish(UnendorsedKey);
        Publish(DirectLineKey, "directline");
    }

    /// <summary>Published, endorsed for msteams (and webchat).</summary>
    public RsaSecurityKey EndorsedKey { get; }

    /// <summary>Published, endorsed for directline only (a Direct Line channel's key).</summary>
    public RsaSecurityKey DirectLineKey { get; }

    /// <summary>Published, without any endorsements.</summary>
    public RsaSecurityKey UnendorsedKey { get; }

    public Uri BaseUrl { get; private set; } = null!;

    public Uri MetadataUrl => new(BaseUrl, "v1/.well-known/openidconfiguration");

    /// <summary>How often the bot fetched the key set.</summary>
    public int JwksRequests => Volatile.Read(ref _jwksRequests);

    public static async Task<TestTokenIssuer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var issuer = new TestTokenIssuer(app);
        app.MapGet("/v1/.well-known/openidconfiguration", (Func<IResult>)issuer.Metadata);
        app.MapGet("/v1/.well-known/keys", (Func<IResult>)issuer.Keys);
        await app.StartAsync();
        issuer.BaseUrl = new Uri(app.Urls.First().TrimEnd('/') + "/");
        return issuer;
    }

    /// <summary>A fresh 2048-bit RSA key, not published (an attacker's, or one to rotate in later).</summary>
    public RsaSecurityKey NewKey(string keyId)
    {
        var rsa = RSA.Create(2048);
        lock (_rsas)
        {
            _rsas.Add(rsa);
        }

        return new RsaSecurityKey(rsa) { KeyId = keyId };
    }

    /// <summary>Adds a key to the JWKS (key rotation); null endorsements leaves the property out.</summary>
    public void Publish(RsaSecurityKey key, params string[]? endorsements) =>
        _published[key.KeyId] = (key, endorsements is { Length: > 0 } ? endorsements : null);

    /// <summary>The settings that make a TestApp trust this issuer, for the given app.</summary>
    public Dictionary<string, string?> BotSettings(string appId, string appType = "SingleTenant", string? tenantId = TeamsActivities.TenantId) => new()
    {
        ["MicrosoftAppType"] = appType,
        ["MicrosoftAppId"] = appId,
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["MicrosoftAppTenantId"] = tenantId,
        ["ToBotFromChannelOpenIdMetadataUrl"] = MetadataUrl.ToString(),
    };

    public string CreateToken(TokenSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer,
            Audience = spec.Audience,
            NotBefore = spec.NotBefore,
            Expires = spec.Expires,
            IssuedAt = spec.NotBefore,
            Subject = new ClaimsIdentity(spec.ServiceUrl is null ? [] : [new Claim("serviceurl", spec.ServiceUrl)]),
        };
        if (!spec.WithoutSignature)
        {
            descriptor.SigningCredentials = new SigningCredentials(spec.Key ?? EndorsedKey, spec.Algorithm);
        }

        return _handler.CreateToken(descriptor);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        lock (_rsas)
        {
            _rsas.ForEach(rsa => rsa.Dispose());
        }
    }

    private IResult Metadata() => Results.Json(new JsonObject
    {
        ["issuer"] = ChannelIssuer,
        ["authorization_endpoint"] = new Uri(BaseUrl, "v1/authorize").ToString(),
        ["jwks_uri"] = new Uri(BaseUrl, "v1/.well-known/keys").ToString(),
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    });

    private IResult Keys()
    {
        Interlocked.Increment(ref _jwksRequests);
        var keys = new JsonArray();
        foreach (var (key, endorsements) in _published.Values)
        {
            var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
            var jwk = new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = key.KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            };
            if (endorsements is not null)
            {
                jwk["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode?)e)]);
            }

            keys.Add(jwk);
        }

        return Results.Json(new JsonObject { ["keys"] = keys });
    }
}
