using ForumBot.Protocol.Outbound;
using ForumBot.Tests.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace ForumBot.Tests.Protocol.Outbound;

public sealed class ConnectorTokenTests
{
    private const string ConversationId = "a:personal-conversation";

    [Fact]
    public async Task Send_TwentyConcurrentSends_OneTokenRequestAndEveryCallCarriesIt()
    {
        await using var harness = await TestApp.StartOutboundAsync(authenticated: true);
        var client = harness.ConnectorClient();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(i => client.SendToConversationAsync(ConversationId, TestApp.Message("m" + i), CancellationToken.None)));

        Assert.All(outcomes, outcome => Assert.True(outcome.Succeeded));
        var token = Assert.Single(harness.Tokens.Requests);
        Assert.Equal("botframework.com", token.Tenant);
        Assert.Equal("client_credentials", token.Form["grant_type"]);
        Assert.Equal(TestTokenEndpoint.ClientId, token.Form["client_id"]);
        Assert.Equal(TestTokenEndpoint.ClientSecret, token.Form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", token.Form["scope"]);
        Assert.Equal(20, harness.Connector.Requests.Count);
        Assert.All(harness.Connector.Requests, request => Assert.Equal("Bearer " + TestTokenEndpoint.TokenNumber(1), request.Authorization));
    }

    [Fact]
    public async Task Send_TokenWithinFiveMinutesOfExpiry_RenewsOnceAndUsesNewToken()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await TestApp.StartOutboundAsync(authenticated: true, time: time);
        var client = harness.ConnectorClient();

        await client.SendToConversationAsync(ConversationId, TestApp.Message("first"), CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(54));
        await client.SendToConversationAsync(ConversationId, TestApp.Message("still cached"), CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(2)); // 56 min of a 60 min token: inside the 5 min margin
        await Task.WhenAll(Enumerable.Range(0, 5)
            .Select(_ => client.SendToConversationAsync(ConversationId, TestApp.Message("renewed"), CancellationToken.None)));

        Assert.Equal(2, harness.Tokens.Requests.Count);
        var authorizations = harness.Connector.Requests.Select(r => r.Authorization).ToList();
        Assert.Equal(["Bearer " + TestTokenEndpoint.TokenNumber(1), "Bearer " + TestTokenEndpoint.TokenNumber(1)], authorizations[..2]);
        Assert.All(authorizations[2..], a => Assert.Equal("Bearer " + TestTokenEndpoint.TokenNumber(2), a));
    }

    [Fact]
    public async Task Send_Unauthenticated_CarriesNoAuthorizationHeader()
    {
        await using var harness = await TestApp.StartOutboundAsync(authenticated: false);

        var outcome = await harness.ConnectorClient().SendToConversationAsync(ConversationId, TestApp.Message("hi"), CancellationToken.None);

        Assert.True(outcome.Succeeded);
        Assert.Null(Assert.Single(harness.Connector.Requests).Authorization);
    }

    [Fact]
    public async Task Send_TokenEndpointRejectsSecret_ThrowsTokenExceptionAndNeverCallsConnector()
    {
        await using var harness = await TestApp.StartOutboundAsync(authenticated: true);
        harness.Tokens.ExpectedClientSecret = "rotated-secret";

        var failure = await Assert.ThrowsAsync<ConnectorTokenException>(() =>
            harness.ConnectorClient().SendToConversationAsync(ConversationId, TestApp.Message("hi"), CancellationToken.None));

        Assert.IsType<HttpRequestException>(failure, exactMatch: false);
        Assert.Single(harness.Tokens.Requests);
        Assert.Empty(harness.Connector.Requests);
    }

    [Fact]
    public async Task Send_SingleTenant_TokenFromTheAppsOwnTenant()
    {
        var settings = TestApp.FastConnectorRetries();
        settings["MicrosoftAppType"] = "SingleTenant";
        settings["MicrosoftAppTenantId"] = TeamsActivities.TenantId;
        await using var harness = await TestApp.StartOutboundAsync(authenticated: true, settings);

        var outcome = await harness.ConnectorClient().SendToConversationAsync(ConversationId, TestApp.Message("hi"), CancellationToken.None);

        Assert.True(outcome.Succeeded);
        Assert.Equal(TeamsActivities.TenantId, Assert.Single(harness.Tokens.Requests).Tenant);
        Assert.Equal("Bearer " + TestTokenEndpoint.TokenNumber(1), Assert.Single(harness.Connector.Requests).Authorization);
    }

    [Fact]
    public async Task Send_UserAssignedManagedIdentity_TokenFromIdentityEndpointForClientId()
    {
        var settings = TestApp.FastConnectorRetries();
        settings["MicrosoftAppType"] = "UserAssignedMSI";
        settings["MicrosoftAppTenantId"] = TeamsActivities.TenantId;
        await using var harness = await TestApp.StartOutboundAsync(authenticated: true, settings);

        // App Service announces its identity endpoint to Azure.Identity through these two variables.
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", harness.Tokens.ManagedIdentityEndpoint.ToString());
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", TestTokenEndpoint.IdentityHeader);
        try
        {
            var client = harness.ConnectorClient();
            await client.SendToConversationAsync(ConversationId, TestApp.Message("one"), CancellationToken.None);
            await client.SendToConversationAsync(ConversationId, TestApp.Message("two"), CancellationToken.None);
        }
        finally
        {
            Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", null);
            Environment.SetEnvironmentVariable("IDENTITY_HEADER", null);
        }

        Assert.Single(harness.Tokens.ManagedIdentityRequests);
        Assert.Empty(harness.Tokens.Requests);
        Assert.All(harness.Connector.Requests, request => Assert.Equal("Bearer " + TestTokenEndpoint.TokenNumber(1), request.Authorization));
        Assert.Equal(2, harness.Connector.Requests.Count);
    }
}
