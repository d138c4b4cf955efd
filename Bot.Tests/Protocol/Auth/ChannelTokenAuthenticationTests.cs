using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ForumBot.Tests.Fixtures;
using Microsoft.IdentityModel.Tokens;

namespace ForumBot.Tests.Protocol.Auth;

/// <summary>
/// Real activities over HTTP with real RS256 tokens from a loopback issuer. Each refused token
/// differs from the accepted one in exactly one respect, so the accepted case proves that the
/// refusal comes from that respect.
/// </summary>
public sealed class ChannelTokenAuthenticationTests(AuthenticatedBotFixture fixture) : IClassFixture<AuthenticatedBotFixture>
{
    [Fact]
    public async Task Post_ValidChannelToken_Returns200AndHelpCardReachesConnector()
    {
        var activity = fixture.HelpMessage();

        var status = await fixture.PostAsync(activity, fixture.Issuer.CreateToken(fixture.ValidSpec()));

        Assert.Equal(HttpStatusCode.OK, status);
        var reply = Assert.Single(await fixture.Connector.WaitForAsync(1, r => r.Path.EndsWith("/activities/" + activity["id"], StringComparison.Ordinal)));
        Assert.Contains("ForumBot — help", CardText.Of(reply.Body), StringComparison.Ordinal);
        Assert.StartsWith("Bearer test-access-token-", reply.Authorization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ValidChannelTokenForMultiTenantApp_Returns200AndReplies()
    {
        await using var bot = await TestApp.StartAuthenticatedAsync(fixture.Issuer, AuthenticatedBotFixture.AppId, appType: "MultiTenant");
        var activity = fixture.HelpMessage();

        using var response = await bot.PostActivityAsync(activity, fixture.Issuer.CreateToken(fixture.ValidSpec()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await fixture.Connector.WaitForAsync(1, r => r.Path.EndsWith("/activities/" + activity["id"], StringComparison.Ordinal));
        Assert.Equal("botframework.com", Assert.Single(bot.Tokens.Requests).Tenant);
    }

    [Fact]
    public async Task Post_NoAuthorizationHeader_Returns401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostAsync(fixture.HelpMessage(), token: null));
    }

    [Fact]
    public async Task Post_NonBearerScheme_Returns401()
    {
        var token = fixture.Issuer.CreateToken(fixture.ValidSpec());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = System.Net.Http.Json.JsonContent.Create(fixture.HelpMessage()) };
        request.Headers.TryAddWithoutValidation("Authorization", "Basic " + token);

        using var response = await fixture.Bot.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_TokenSignedByUnknownKeyWithPublishedKid_Returns401()
    {
        var impostor = fixture.Issuer.NewKey(TestTokenIssuer.EndorsedKeyId);
        var token = fixture.Issuer.CreateToken(fixture.ValidSpec() with { Key = impostor });

        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostAsync(fixture.HelpMessage(), token));
    }

    [Fact]
    public async Task Post_TamperedPayload_Returns401()
    {
        var parts = fixture.Issuer.CreateToken(fixture.ValidSpec()).Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        payload["exp"] = DateTimeOffset.UtcNow.AddDays(30).ToUnixTimeSeconds();
        var tampered = $"{parts[0]}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.{parts[2]}";

        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostAsync(fixture.HelpMessage(), tampered));
    }

    [Fact]
    public async Task Post_OtherIssuer_Returns401()
    {
        var token = fixture.Issuer.CreateToken(fixture.ValidSpec() with { Issuer = "https://sts.windows.net/" + AuthenticatedBotFixture.OtherTenantId + "/" });

        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostAsync(fixture.HelpMessage(), token));
    }

    [Fact]
    public async Task Post_OtherAudience_Returns401()
    {
        var token = fixture.Issuer.CreateToken(fixture.ValidSpec() with { Audience = "9b2a7c1d-0000-4000-8000-000000000001" });

        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostAsync(fixture.HelpMessage(), token));
    }

    [Fact]
    public async Task Post_ExpiredBeyondClockSkew_Returns401()
    {
        var now = DateTime.UtcNow;
        var token = fixture.Issuer.CreateToken(fixture.ValidSpec() with { NotBefore = now.AddHours(-1), Expires = now.AddMinutes(-6) });

        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostAsync(fixture.HelpMessage(), token));
    }

    [Fact]
    public async Task Post_ExpiredWithinClockSkew_Returns200()
    {
        var now = DateTime.UtcNow;
        var token = fixture.Issuer.CreateToken(fixture.ValidSpec() with { NotBefore = now.AddHours(-1), Expires = now.AddMinutes(-3) });

        Assert.Equal(HttpStatusCode.OK, await fixture.PostAsync(fixture.HelpMessage(), token));
    }

    [Fact]
    public async Task Post_NotYetValid_Returns401()
    {
        var now = DateTime.UtcNow;
        var token = fixture.Issuer.CreateToken(fixture.ValidSpec() with { NotBefore = now.AddMinutes(10), Expires = now.AddHours(1) });

        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostAsync(fixture.HelpMessage(), token));
    }

    [Fact]
    public async Task Post_TokenWithoutExpiry_Returns401()
    {
        var token = fixture.Issuer.CreateToken(fixture.ValidSpec() with { Expires = null });

        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostAsync(fixture.HelpMessage(), token));
    }

    [Fact]
    public async Task Post_KeyWithoutMsteamsEndorsement_Returns401()
    {
        var token = fixture.Issuer.CreateToken(fixture.ValidSpec() with { Key = fixture.Issuer.UnendorsedKey });

        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostAsync(fixture.HelpMessage(), token));
    }

    [Fact]
    public async Task Post_ActivityFromChannelTheKeyIsNotEndorsedFor_Returns401()
    {
        var activity = fixture.HelpMessage();
        activity["channelId"] = "directline";

        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostAsync(activity, fixture.Issuer.CreateToken(fixture.ValidSpec())));
    }

    [Fact]
    public async Task Post_ServiceUrlClaimForAnotherServiceUrl_Returns401()
    {
        var token = fixture.Issuer.CreateToken(fixture.ValidSpec() with { ServiceUrl = "https://smba.trafficmanager.net/emea/" });

        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostAsync(fixture.HelpMessage(), token));
    }

    [Fact]
    public async Task Post_ServiceUrlClaimWithoutTrailingSlash_Returns401()
    {
        var token = fixture.Issuer.CreateToken(fixture.ValidSpec() with { ServiceUrl = fixture.ServiceUrl.TrimEnd('/') });

        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostAsync(fixture.HelpMessage(), token));
    }

    [Fact]
    public async Task Post_ServiceUrlClaimInOtherCase_Returns200()
    {
        var token = fixture.Issuer.CreateToken(fixture.ValidSpec() with { ServiceUrl = fixture.ServiceUrl.ToUpperInvariant() });

        Assert.Equal(HttpStatusCode.OK, await fixture.PostAsync(fixture.HelpMessage(), token));
    }

    [Fact]
    public async Task Post_TokenWithoutServiceUrlClaim_Returns401()
    {
        var token = fixture.Issuer.CreateToken(fixture.ValidSpec() with { ServiceUrl = null });

        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostAsync(fixture.HelpMessage(), token));
    }

    [Fact]
    public async Task Post_AlgNoneUnsignedToken_Returns401()
    {
        var token = fixture.Issuer.CreateToken(fixture.ValidSpec() with { WithoutSignature = true });
        Assert.Equal("none", JsonNode.Parse(Base64UrlEncoder.Decode(token.Split('.')[0]))!["alg"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostAsync(fixture.HelpMessage(), token));
    }

    [Fact]
    public async Task Post_Hs256TokenKeyedWithThePublicKey_Returns401()
    {
        // The classic key-confusion attack: HMAC keyed with the published RSA modulus, kid of the endorsed key.
        var modulus = fixture.Issuer.EndorsedKey.Rsa.ExportParameters(false).Modulus!;
        var hmacKey = new SymmetricSecurityKey(modulus) { KeyId = TestTokenIssuer.EndorsedKeyId };
        var token = fixture.Issuer.CreateToken(fixture.ValidSpec() with { Key = hmacKey, Algorithm = SecurityAlgorithms.HmacSha256 });
        Assert.Contains("HS256", Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(token.Split('.')[0])), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostAsync(fixture.HelpMessage(), token));
    }

    [Fact]
    public async Task Post_ValidTokenFromTenantOutsideAllowList_Returns403()
    {
        var activity = fixture.HelpMessage();
        activity["channelData"]!["tenant"]!["id"] = AuthenticatedBotFixture.OtherTenantId;
        activity["conversation"]!["tenantId"] = AuthenticatedBotFixture.OtherTenantId;

        Assert.Equal(HttpStatusCode.Forbidden, await fixture.PostAsync(activity, fixture.Issuer.CreateToken(fixture.ValidSpec())));
    }

    [Fact]
    public async Task Post_InvalidTokenFromTenantOutsideAllowList_Returns401NotForbidden()
    {
        var activity = fixture.HelpMessage();
        activity["channelData"]!["tenant"]!["id"] = AuthenticatedBotFixture.OtherTenantId;

        Assert.Equal(HttpStatusCode.Unauthorized, await fixture.PostAsync(activity, token: null));
    }
}
