using System.Net;
using System.Text.Json.Nodes;
using ForumBot.Tests.Fixtures;

namespace ForumBot.Tests.Protocol.Auth;

/// <summary>
/// One bot in authenticated (SingleTenant) mode that trusts a test token issuer, with a tenant
/// allow-list holding the Teams test tenant, a loopback token endpoint for its replies, and a
/// capturing connector. Shared by the tests of
/// a class: every activity has its own id, and a rejected one never reaches the connector.
/// </summary>
public sealed class AuthenticatedBotFixture : IAsyncLifetime
{
    public const string AppId = "5d1f1c9e-2f0a-4a57-9d6e-0b07f0b07f00";
    public const string OtherTenantId = "11111111-2222-3333-4444-555555555555";

    public TestTokenIssuer Issuer { get; private set; } = null!;

    public CapturingConnector Connector { get; private set; } = null!;

    public TestApp Bot { get; private set; } = null!;

    public string ServiceUrl => Connector.ServiceUrl.ToString();

    public async Task InitializeAsync()
    {
        Issuer = await TestTokenIssuer.StartAsync();
        Connector = await CapturingConnector.StartAsync();
        Bot = await TestApp.StartAuthenticatedAsync(Issuer, AppId, new Dictionary<string, string?> { ["ForumBot:AllowedTenants"] = TeamsActivities.TenantId });
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
        await Issuer.DisposeAsync();
    }

    /// <summary>A token exactly as the channel would mint it for this bot and connector.</summary>
    public TokenSpec ValidSpec() => new() { Audience = AppId, ServiceUrl = ServiceUrl };

    public JsonObject HelpMessage() => TeamsActivities.PersonalMessage(Connector.ServiceUrl, "help");

    /// <summary>POSTs the activity and, when refused, checks that nothing reached the connector.</summary>
    public async Task<HttpStatusCode> PostAsync(JsonObject activity, string? token)
    {
        using var response = await Bot.PostActivityAsync(activity, token);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            Assert.DoesNotContain(Connector.Requests, r => r.Path.Contains((string)activity["id"]!, StringComparison.Ordinal));
            Assert.Equal(0, response.Content.Headers.ContentLength ?? 0);
        }

        return response.StatusCode;
    }
}
