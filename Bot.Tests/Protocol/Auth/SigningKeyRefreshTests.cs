using System.Diagnostics;
using System.Net;
using ForumBot.Tests.Fixtures;
using Microsoft.IdentityModel.Tokens;

namespace ForumBot.Tests.Protocol.Auth;

/// <summary>Keys are cached; a token naming an unknown key makes one refresh, not one per request.</summary>
public sealed class SigningKeyRefreshTests : IAsyncLifetime
{
    private TestTokenIssuer _issuer = null!;
    private CapturingConnector _connector = null!;
    private TestApp _bot = null!;

    public async Task InitializeAsync()
    {
        _issuer = await TestTokenIssuer.StartAsync();
        _connector = await CapturingConnector.StartAsync();
        _bot = await TestApp.StartAuthenticatedAsync(_issuer, AuthenticatedBotFixture.AppId);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task Post_TokenSignedWithKeyRotatedInAfterKeysWereCached_RefreshesKeysAndReturns200()
    {
        Assert.Equal(HttpStatusCode.OK, await PostAsync(Spec()));
        Assert.Equal(1, _issuer.JwksRequests);
        Assert.Equal(HttpStatusCode.OK, await PostAsync(Spec()));
        Assert.Equal(1, _issuer.JwksRequests);

        var rotated = _issuer.NewKey("rotated-key");
        _issuer.Publish(rotated, "msteams");

        Assert.Equal(HttpStatusCode.OK, await PostAsync(Spec() with { Key = rotated }));
        Assert.Equal(2, _issuer.JwksRequests);
    }

    [Fact]
    public async Task Post_ManyTokensWithUnknownKeys_RefreshKeysOnceAndDoNotWaitAgain()
    {
        Assert.Equal(HttpStatusCode.OK, await PostAsync(Spec()));
        var unknown = _issuer.NewKey("unknown");
        RsaSecurityKey Unknown(int i) => new(unknown.Rsa) { KeyId = "unknown-" + i };

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(Spec() with { Key = Unknown(0) }));
        var afterFirst = Stopwatch.StartNew();
        for (var i = 1; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(Spec() with { Key = Unknown(i) }));
        }

        Assert.Equal(2, _issuer.JwksRequests);

        // Within the refresh interval an unknown kid is refused at once, not after waiting for keys.
        Assert.True(afterFirst.Elapsed < TimeSpan.FromSeconds(3), $"three refusals took {afterFirst.Elapsed}");
    }

    private TokenSpec Spec() => new() { Audience = AuthenticatedBotFixture.AppId, ServiceUrl = _connector.ServiceUrl.ToString() };

    private async Task<HttpStatusCode> PostAsync(TokenSpec spec)
    {
        using var response = await _bot.PostActivityAsync(TeamsActivities.PersonalMessage(_connector.ServiceUrl, "help"), _issuer.CreateToken(spec));
        return response.StatusCode;
    }
}
