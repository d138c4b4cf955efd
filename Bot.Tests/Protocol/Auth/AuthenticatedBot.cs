using System.Text.Json.Nodes;
using ForumBot.Tests.Fixtures;

namespace ForumBot.Tests.Protocol.Auth;

/// <summary>
/// The real bot (BotApp, Kestrel on loopback) in authenticated mode: it trusts the test token
/// issuer for inbound tokens and gets its outbound tokens from the loopback token endpoint, so
/// replies really go out with a bearer token.
/// </summary>
public sealed class AuthenticatedBot : IAsyncDisposable
{
    private readonly BotApp _bot;

    private AuthenticatedBot(BotApp bot, TestTokenEndpoint tokens)
    {
        _bot = bot;
        Tokens = tokens;
        Client = bot.StartClient();
    }

    public TestTokenEndpoint Tokens { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _bot.Services;

    public static async Task<AuthenticatedBot> StartAsync(TestTokenIssuer issuer, string appId, IDictionary<string, string?>? extra = null, string appType = "SingleTenant")
    {
        ArgumentNullException.ThrowIfNull(issuer);
        var settings = issuer.BotSettings(appId, appType);
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var tokens = await TestTokenEndpoint.StartAsync();
        tokens.ApplyTo(settings);
        return new AuthenticatedBot(new BotApp(settings, tokens.TrustIn), tokens);
    }

    public Task<HttpResponseMessage> PostActivityAsync(JsonObject activity, string? bearerToken) =>
        BotApp.PostActivityAsync(Client, activity, bearerToken);

    public async ValueTask DisposeAsync()
    {
        await _bot.DisposeAsync();
        await Tokens.DisposeAsync();
    }
}
