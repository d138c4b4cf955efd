using System.Net;
using ForumBot.Protocol;
using ForumBot.Protocol.Auth;
using ForumBot.Tests.Fixtures;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ForumBot.Tests.Protocol.Auth;

/// <summary>No MicrosoftAppId (Development only): only loopback callers with loopback serviceUrls and no forwarding headers (the Playground), Teams only.</summary>
public sealed class UnauthenticatedModeTests : IAsyncLifetime
{
    private CapturingConnector _connector = null!;
    private TestApp _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await CapturingConnector.StartAsync();
        _bot = await TestApp.StartAsync(new() { Settings = new Dictionary<string, string?> { ["ForumBot:AllowedTenants:0"] = TeamsActivities.TenantId } });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Post_LoopbackCallerWithLoopbackServiceUrl_Returns200()
    {
        using var response = await _bot.PostActivityAsync(TeamsActivities.PersonalMessage(_connector.ServiceUrl, "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await _connector.WaitForAsync(1));
    }

    [Fact]
    public async Task Post_NonLoopbackServiceUrl_Returns401()
    {
        var activity = TeamsActivities.PersonalMessage(new Uri("https://smba.trafficmanager.net/emea/"), "help");

        using var response = await _bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_TenantOutsideAllowList_Returns403()
    {
        var activity = TeamsActivities.PersonalMessage(_connector.ServiceUrl, "help");
        activity["channelData"]!["tenant"]!["id"] = AuthenticatedBotFixture.OtherTenantId;
        activity["conversation"]!["tenantId"] = AuthenticatedBotFixture.OtherTenantId;

        using var response = await _bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Post_WebChatChannelFromLoopback_Returns403AndSendsNothing()
    {
        var activity = TeamsActivities.PersonalMessage(_connector.ServiceUrl, "help");
        activity["channelId"] = "webchat";

        using var response = await _bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.Empty(_connector.Requests);
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.7")]
    [InlineData("Forwarded", "for=203.0.113.7")]
    public async Task Post_LoopbackCallerForwardingSomeoneElse_Returns401(string header, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = System.Net.Http.Json.JsonContent.Create(TeamsActivities.PersonalMessage(_connector.ServiceUrl, "help")),
        };
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await _bot.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task StartUp_WithoutAppId_LogsUnauthenticatedModeWarning()
    {
        var logs = new LogCapture();
        var log = new AuthenticationModeLog(Options.Create(new BotFrameworkOptions()), logs.CreateLogger<AuthenticationModeLog>());

        await log.StartAsync(CancellationToken.None);

        var line = Assert.Single(logs.Lines);
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Contains("UNAUTHENTICATED MODE", line.Text, StringComparison.Ordinal);
        Assert.Contains("ONLY loopback callers", line.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartUp_WithAppId_LogsAuthenticatedModeWithoutSecrets()
    {
        var logs = new LogCapture();
        var options = new BotFrameworkOptions { MicrosoftAppId = AuthenticatedBotFixture.AppId, MicrosoftAppPassword = "secret-value" };
        var log = new AuthenticationModeLog(Options.Create(options), logs.CreateLogger<AuthenticationModeLog>());

        await log.StartAsync(CancellationToken.None);

        var line = Assert.Single(logs.Lines);
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Contains(AuthenticatedBotFixture.AppId, line.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-value", line.Text, StringComparison.Ordinal);
    }
}
