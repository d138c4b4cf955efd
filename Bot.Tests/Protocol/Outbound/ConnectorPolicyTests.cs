using System.Net;
using ForumBot.Protocol;
using ForumBot.Protocol.Outbound;
using Microsoft.Extensions.Configuration;
using Polly;

namespace ForumBot.Tests.Protocol.Outbound;

/// <summary>The pure rules behind the pipeline and the settings: Retry-After forms, what is retried, authority and scope.</summary>
public sealed class ConnectorPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RetryAfter_DeltaSeconds_IsThatWait()
    {
        using var response = Throttled(r => r.Headers.Add("Retry-After", "7"));

        Assert.Equal(TimeSpan.FromSeconds(7), ConnectorResilience.RetryAfter(response, Now));
    }

    [Fact]
    public void RetryAfter_HttpDate_IsTheTimeUntilThen()
    {
        using var response = Throttled(r => r.Headers.Add("Retry-After", Now.AddSeconds(12).ToString("R")));

        Assert.Equal(TimeSpan.FromSeconds(12), ConnectorResilience.RetryAfter(response, Now));
    }

    [Fact]
    public void RetryAfter_DateInThePast_IsZero()
    {
        using var response = Throttled(r => r.Headers.Add("Retry-After", Now.AddSeconds(-30).ToString("R")));

        Assert.Equal(TimeSpan.Zero, ConnectorResilience.RetryAfter(response, Now));
    }

    [Fact]
    public void RetryAfter_Absent_LeavesDelayToBackoff()
    {
        using var response = Throttled(_ => { });

        Assert.Null(ConnectorResilience.RetryAfter(response, Now));
    }

    [Theory]
    [InlineData(429, true)]
    [InlineData(408, true)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(501, false)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    [InlineData(412, false)]
    [InlineData(413, false)]
    [InlineData(201, false)]
    public void ShouldRetry_ByStatus(int status, bool retried)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        Assert.Equal(retried, ConnectorResilience.ShouldRetry(Outcome.FromResult(response), TimeSpan.FromSeconds(30), Now));
    }

    [Fact]
    public void ShouldRetry_TokenFailure_NotRetriedButConnectionFailureIs()
    {
        var token = new ConnectorTokenException("no token", new InvalidOperationException());

        Assert.False(ConnectorResilience.ShouldRetry(Outcome.FromException<HttpResponseMessage>(token), TimeSpan.FromSeconds(30), Now));
        Assert.True(ConnectorResilience.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new HttpRequestException("reset")), TimeSpan.FromSeconds(30), Now));
        Assert.False(ConnectorResilience.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new OperationCanceledException()), TimeSpan.FromSeconds(30), Now));
    }

    [Theory]
    [InlineData(null, null, null, "https://login.microsoftonline.com/botframework.com")]
    [InlineData("MultiTenant", "aaaaaaaa-0000-0000-0000-000000000001", null, "https://login.microsoftonline.com/botframework.com")]
    [InlineData("SingleTenant", "aaaaaaaa-0000-0000-0000-000000000001", null, "https://login.microsoftonline.com/aaaaaaaa-0000-0000-0000-000000000001")]
    [InlineData("singletenant", "aaaaaaaa-0000-0000-0000-000000000001", "https://login.microsoftonline.com/botframework.com", "https://login.microsoftonline.com/aaaaaaaa-0000-0000-0000-000000000001")]
    [InlineData("SingleTenant", "aaaaaaaa-0000-0000-0000-000000000001", "https://login.microsoftonline.us/custom", "https://login.microsoftonline.us/custom")]
    public void Authority_FollowsAppTypeAndTenant(string? appType, string? tenant, string? loginUrl, string expected)
    {
        var options = Read(new() { ["MicrosoftAppType"] = appType, ["MicrosoftAppTenantId"] = tenant, ["ToChannelFromBotLoginUrl"] = loginUrl });

        Assert.Equal(expected, options.EffectiveLoginUrl);
    }

    [Theory]
    [InlineData(null, "https://api.botframework.com/.default")]
    [InlineData("https://api.botframework.us", "https://api.botframework.us/.default")]
    [InlineData("https://api.botframework.us/", "https://api.botframework.us/.default")]
    public void Scope_AppendsDefault(string? configured, string expected)
    {
        Assert.Equal(expected, Read(new() { ["ToChannelFromBotOAuthScope"] = configured }).Scope);
    }

    [Fact]
    public void Credential_FollowsAppIdAndType()
    {
        Assert.Equal(ConnectorCredentialKind.None, Read(new() { ["MicrosoftAppId"] = "" }).Credential);
        Assert.Equal(ConnectorCredentialKind.ClientSecret, Read(new() { ["MicrosoftAppId"] = "app" }).Credential);
        Assert.Equal(ConnectorCredentialKind.ManagedIdentity, Read(new() { ["MicrosoftAppId"] = "app", ["MicrosoftAppType"] = "UserAssignedMSI" }).Credential);
    }

    [Theory]
    [InlineData("MicrosoftAppPassword", null, "MicrosoftAppPassword is required")]
    [InlineData("ToChannelFromBotLoginUrl", "http://127.0.0.1:5000/botframework.com", "absolute https URL")]
    [InlineData("MicrosoftAppType", "Federated", "MicrosoftAppType must be")]
    [InlineData("ValidateAuthority", "yes", "ValidateAuthority must be true or false")]
    public void Validate_BadSetting_NamesTheKey(string key, string? value, string expected)
    {
        var settings = new Dictionary<string, string?> { ["MicrosoftAppId"] = "app", ["MicrosoftAppPassword"] = "secret", [key] = value };

        var errors = Validate(Read(settings));

        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ToChannelFromBotLoginUrl", "http://127.0.0.1:5000/botframework.com")]
    [InlineData("ToChannelFromBotLoginUrl", "http://login.microsoftonline.com/botframework.com")]
    [InlineData("MicrosoftAppType", "Federated")]
    [InlineData("ValidateAuthority", "yes")]
    public void Validate_OneMistake_OneMessage(string key, string value)
    {
        var settings = new Dictionary<string, string?> { ["MicrosoftAppId"] = "app", ["MicrosoftAppPassword"] = "secret", [key] = value };

        Assert.Single(Validate(Read(settings)));
    }

    [Fact]
    public void Validate_UnauthenticatedOrComplete_HasNoErrors()
    {
        Assert.Empty(Validate(Read(new() { ["MicrosoftAppId"] = "" })));
        Assert.Empty(Validate(Read(new() { ["MicrosoftAppId"] = "app", ["MicrosoftAppPassword"] = "secret" })));
    }

    private static BotFrameworkOptions Read(Dictionary<string, string?> settings)
    {
        var options = new BotFrameworkOptions();
        BotFrameworkOptions.Read(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), options);
        return options;
    }

    private static List<string> Validate(BotFrameworkOptions options) =>
        [.. BotFrameworkOptionsValidator.Problems(options)];

    private static HttpResponseMessage Throttled(Action<HttpResponseMessage> configure)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        configure(response);
        return response;
    }
}
