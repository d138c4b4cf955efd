using ForumBot.Protocol;

namespace ForumBot.Tests.Fixtures;

/// <summary>
/// The bot in authenticated mode: it trusts a test token issuer for inbound tokens and gets its
/// outbound tokens from a loopback token endpoint, so replies really go out with a bearer token.
/// </summary>
public sealed partial class TestApp
{
    /// <summary>Real HTTP, trusting <paramref name="issuer"/>'s tokens for <paramref name="appId"/>; <see cref="Tokens"/> serves its outbound tokens.</summary>
    public static async Task<TestApp> StartAuthenticatedAsync(TestTokenIssuer issuer, string appId, IDictionary<string, string?>? extra = null,
        string appType = "SingleTenant")
    {
        ArgumentNullException.ThrowIfNull(issuer);
        var settings = issuer.BotSettings(appId, appType);
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var tokens = await TestTokenEndpoint.StartAsync();
        tokens.ApplyTo(settings);
        return await StartAsync(new TestAppOptions { Settings = settings, Tokens = tokens });
    }

    /// <summary>Fast retries unless a test says otherwise; the delays' shape is the production one.</summary>
    public static Dictionary<string, string?> FastConnectorRetries() => new()
    {
        ["ForumBot:Connector:RetryBaseDelayMilliseconds"] = "20",
    };

    /// <summary>
    /// The bot's services (no HTTP server) aimed at a capturing connector and, when authenticated,
    /// at a loopback token endpoint: connector clients come from the bot's own ConnectorClientFactory.
    /// </summary>
    public static async Task<TestApp> StartOutboundAsync(bool authenticated, IDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var tokens = authenticated ? await TestTokenEndpoint.StartAsync() : null;
        var all = new Dictionary<string, string?>(settings ?? FastConnectorRetries());
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

        return await StartAsync(new TestAppOptions { Settings = all, Time = time, Tokens = tokens, Connector = true, Http = false });
    }

    /// <summary>A connector client from the bot's own factory, aimed at <see cref="Connector"/>.</summary>
    public ConnectorClient ConnectorClient() => Get<ConnectorClientFactory>().Create(Connector.ServiceUrl);

    public static OutgoingActivity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };
}
