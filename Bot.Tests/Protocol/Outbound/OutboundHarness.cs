using ForumBot.Protocol;
using ForumBot.Tests.Fixtures;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ForumBot.Tests.Protocol.Outbound;

/// <summary>
/// The real bot's DI wiring (BotApp) aimed at a capturing connector and, when authenticated,
/// at a loopback token endpoint. Connector clients come from the bot's own ConnectorClientFactory.
/// </summary>
internal sealed class OutboundHarness : IAsyncDisposable
{
    private readonly BotApp _bot;

    private OutboundHarness(BotApp bot, WebApplicationFactory<Program> app, CapturingConnector connector, TestTokenEndpoint? tokens)
    {
        _bot = bot;
        App = app;
        Connector = connector;
        Tokens = tokens;
    }

    public WebApplicationFactory<Program> App { get; }

    public CapturingConnector Connector { get; }

    /// <summary>Null in unauthenticated mode.</summary>
    public TestTokenEndpoint? Tokens { get; }

    public IServiceProvider Services => App.Services;

    /// <summary>Fast retries unless a test says otherwise; the delays' shape is the production one.</summary>
    public static Dictionary<string, string?> FastRetries() => new()
    {
        ["ForumBot:Connector:RetryBaseDelay"] = "00:00:00.020",
    };

    public static async Task<OutboundHarness> StartAsync(bool authenticated, IDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var connector = await CapturingConnector.StartAsync();
        var tokens = authenticated ? await TestTokenEndpoint.StartAsync() : null;
        var all = new Dictionary<string, string?>(settings ?? FastRetries());
        if (tokens is not null)
        {
            // A test's own settings win (e.g. SingleTenant, or a managed identity).
            all.TryAdd("MicrosoftAppType", "MultiTenant");
            all.TryAdd("MicrosoftAppId", TestTokenEndpoint.ClientId);
            if (string.Equals(all["MicrosoftAppType"], "UserAssignedMSI", StringComparison.OrdinalIgnoreCase))
            {
                tokens.ExpectedClientId = all["MicrosoftAppId"]!;
            }
            else
            {
                all.TryAdd("MicrosoftAppPassword", TestTokenEndpoint.ClientSecret);
                tokens.ApplyTo(all);
            }
        }

        var bot = new BotApp(all);
        var app = bot.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
        {
            tokens?.TrustIn(services);
            if (time is not null)
            {
                services.AddSingleton(time);
            }
        }));
        return new OutboundHarness(bot, app, connector, tokens);
    }

    public ConnectorClient Client() => Services.GetRequiredService<ConnectorClientFactory>().Create(Connector.ServiceUrl);

    public static OutgoingActivity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await _bot.DisposeAsync();
        await Connector.DisposeAsync();
        if (Tokens is not null)
        {
            await Tokens.DisposeAsync();
        }
    }
}
