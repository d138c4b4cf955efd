using System.Text.Json;
using System.Text.Json.Nodes;
using ForumBot.Protocol;
using ForumBot.Protocol.Auth;
using ForumBot.Tests.Fixtures;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace ForumBot.Tests.Protocol.Auth;

/// <summary>
/// The same cases as the HTTP tests, against the authenticator itself, to pin down WHY each
/// one is refused (the reason goes to the log only, so HTTP cannot show it).
/// </summary>
public sealed class ChannelTokenAuthenticatorReasonTests(ChannelTokenAuthenticatorReasonTests.IssuerFixture fixture)
    : IClassFixture<ChannelTokenAuthenticatorReasonTests.IssuerFixture>, IAsyncLifetime
{
    private const string AppId = AuthenticatedBotFixture.AppId;
    private static readonly Uri ServiceUrl = new("https://smba.trafficmanager.net/emea/");

    private readonly TestTokenIssuer _issuer = fixture.Issuer;
    private ChannelOpenIdMetadata _metadata = null!;
    private ChannelTokenAuthenticator _authenticator = null!;

    public Task InitializeAsync()
    {
        var options = new BotFrameworkOptions
        {
            MicrosoftAppType = "SingleTenant",
            MicrosoftAppId = AppId,
            MicrosoftAppTenantId = TeamsActivities.TenantId,
            ToBotFromChannelOpenIdMetadataUrl = _issuer.MetadataUrl.ToString(),
            AllowedTenants = [TeamsActivities.TenantId],
        };
        _metadata = new ChannelOpenIdMetadata(Options.Create(options), TimeProvider.System, NullLogger<ChannelOpenIdMetadata>.Instance);
        _authenticator = new ChannelTokenAuthenticator(Options.Create(options), _metadata, NullLogger<ChannelTokenAuthenticator>.Instance);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _metadata.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("valid", InboundAuthStatus.Authenticated, null)]
    [InlineData("no header", InboundAuthStatus.Unauthorized, "no Bearer token")]
    [InlineData("impostor key", InboundAuthStatus.Unauthorized, "invalid or missing signature")]
    [InlineData("tampered", InboundAuthStatus.Unauthorized, "invalid or missing signature")]
    [InlineData("other issuer", InboundAuthStatus.Unauthorized, "wrong issuer")]
    [InlineData("other audience", InboundAuthStatus.Unauthorized, "wrong audience")]
    [InlineData("expired", InboundAuthStatus.Unauthorized, "expired")]
    [InlineData("not yet valid", InboundAuthStatus.Unauthorized, "not yet valid")]
    [InlineData("no expiry", InboundAuthStatus.Unauthorized, "no expiry")]
    [InlineData("unendorsed key", InboundAuthStatus.Unauthorized, "is not endorsed for channel 'msteams'")]
    [InlineData("other channel", InboundAuthStatus.Unauthorized, "is not endorsed for channel 'directline'")]
    [InlineData("no channel", InboundAuthStatus.Unauthorized, "without a channelId")]
    [InlineData("other serviceUrl", InboundAuthStatus.Unauthorized, "does not match")]
    [InlineData("no serviceurl claim", InboundAuthStatus.Unauthorized, "no serviceurl claim")]
    [InlineData("alg none", InboundAuthStatus.Unauthorized, "invalid or missing signature")]
    [InlineData("HS256", InboundAuthStatus.Unauthorized, "invalid or missing signature")]
    [InlineData("PS256 by the endorsed key", InboundAuthStatus.Unauthorized, "invalid or missing signature")]
    [InlineData("other tenant", InboundAuthStatus.Forbidden, "not in ForumBot:AllowedTenants")]
    [InlineData("no tenant", InboundAuthStatus.Forbidden, "names no tenant")]
    public async Task Authenticate_Case_GivesStatusAndReason(string scenario, InboundAuthStatus expected, string? reason)
    {
        var now = DateTime.UtcNow;
        var spec = new TokenSpec { Audience = AppId, ServiceUrl = ServiceUrl.ToString() };
        var activity = TeamsActivities.PersonalMessage(ServiceUrl, "help");
        string? token = scenario switch
        {
            "no header" => null,
            "impostor key" => _issuer.CreateToken(spec with { Key = _issuer.NewKey(TestTokenIssuer.EndorsedKeyId) }),
            "tampered" => Tamper(_issuer.CreateToken(spec)),
            "other issuer" => _issuer.CreateToken(spec with { Issuer = "https://api.botframework.com.evil.example" }),
            "other audience" => _issuer.CreateToken(spec with { Audience = "9b2a7c1d-0000-4000-8000-000000000001" }),
            "expired" => _issuer.CreateToken(spec with { NotBefore = now.AddHours(-1), Expires = now.AddMinutes(-6) }),
            "not yet valid" => _issuer.CreateToken(spec with { NotBefore = now.AddMinutes(6), Expires = now.AddHours(1) }),
            "no expiry" => _issuer.CreateToken(spec with { Expires = null }),
            "unendorsed key" => _issuer.CreateToken(spec with { Key = _issuer.UnendorsedKey }),
            "other serviceUrl" => _issuer.CreateToken(spec with { ServiceUrl = "https://smba.trafficmanager.net/amer/" }),
            "no serviceurl claim" => _issuer.CreateToken(spec with { ServiceUrl = null }),
            "alg none" => _issuer.CreateToken(spec with { WithoutSignature = true }),
            "HS256" => _issuer.CreateToken(spec with
            {
                Key = new SymmetricSecurityKey(_issuer.EndorsedKey.Rsa.ExportParameters(false).Modulus!) { KeyId = TestTokenIssuer.EndorsedKeyId },
                Algorithm = SecurityAlgorithms.HmacSha256,
            }),
            "PS256 by the endorsed key" => _issuer.CreateToken(spec with { Algorithm = SecurityAlgorithms.RsaSsaPssSha256 }),
            _ => _issuer.CreateToken(spec),
        };
        switch (scenario)
        {
            case "other channel":
                activity["channelId"] = "directline";
                break;
            case "no channel":
                activity.Remove("channelId");
                break;
            case "other tenant":
                activity["channelData"]!["tenant"]!["id"] = AuthenticatedBotFixture.OtherTenantId;
                activity["conversation"]!["tenantId"] = AuthenticatedBotFixture.OtherTenantId;
                break;
            case "no tenant":
                activity.Remove("channelData");
                activity["conversation"]!.AsObject().Remove("tenantId");
                break;
        }

        var result = await _authenticator.AuthenticateAsync(Request(token), Parse(activity), CancellationToken.None);

        Assert.Equal(expected, result.Status);
        if (reason is null)
        {
            Assert.Null(result.Reason);
        }
        else
        {
            Assert.Contains(reason, result.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Authenticate_TenantOnlyInConversation_IsChecked()
    {
        var activity = TeamsActivities.PersonalMessage(ServiceUrl, "help");
        activity.Remove("channelData");
        activity["conversation"]!["tenantId"] = AuthenticatedBotFixture.OtherTenantId;
        var token = _issuer.CreateToken(new TokenSpec { Audience = AppId, ServiceUrl = ServiceUrl.ToString() });

        var result = await _authenticator.AuthenticateAsync(Request(token), Parse(activity), CancellationToken.None);

        Assert.Equal(InboundAuthStatus.Forbidden, result.Status);
    }

    [Fact]
    public async Task Authenticate_MetadataUnreachable_FailsClosed()
    {
        var options = new BotFrameworkOptions
        {
            MicrosoftAppId = AppId,
            ToBotFromChannelOpenIdMetadataUrl = $"http://127.0.0.1:{Azurite.FreeTcpPort()}/v1/.well-known/openidconfiguration",
        };
        using var metadata = new ChannelOpenIdMetadata(Options.Create(options), TimeProvider.System, NullLogger<ChannelOpenIdMetadata>.Instance);
        var authenticator = new ChannelTokenAuthenticator(Options.Create(options), metadata, NullLogger<ChannelTokenAuthenticator>.Instance);
        var token = _issuer.CreateToken(new TokenSpec { Audience = AppId, ServiceUrl = ServiceUrl.ToString() });

        var result = await authenticator.AuthenticateAsync(Request(token), Parse(TeamsActivities.PersonalMessage(ServiceUrl, "help")), CancellationToken.None);

        Assert.Equal(InboundAuthStatus.Unauthorized, result.Status);
        Assert.Equal("channel OpenID metadata unavailable", result.Reason);
    }

    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        payload["exp"] = DateTimeOffset.UtcNow.AddDays(30).ToUnixTimeSeconds();
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.{parts[2]}";
    }

    private static DefaultHttpContext Request(string? token)
    {
        var http = new DefaultHttpContext();
        if (token is not null)
        {
            http.Request.Headers.Authorization = "Bearer " + token;
        }

        return http;
    }

    private static IncomingActivity Parse(JsonObject activity) =>
        JsonSerializer.Deserialize(activity.ToJsonString(), ProtocolJson.Default.IncomingActivity)!;

    /// <summary>One issuer for all cases (RSA key generation is the slow part); each case gets a fresh authenticator.</summary>
    public sealed class IssuerFixture : IAsyncLifetime
    {
        public TestTokenIssuer Issuer { get; private set; } = null!;

        public async Task InitializeAsync() => Issuer = await TestTokenIssuer.StartAsync();

        public async Task DisposeAsync() => await Issuer.DisposeAsync();
    }
}
