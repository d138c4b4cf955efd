using ForumBot.Protocol;
using ForumBot.Protocol.Auth;
using ForumBot.Tests.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace ForumBot.Tests.Protocol.Auth;

/// <summary>The SDK's configuration keys, read from the root and checked before the service starts.</summary>
public sealed class AuthenticationOptionsTests
{
    private const string AppId = AuthenticatedBotFixture.AppId;
    private const string Tenant = TeamsActivities.TenantId;

    [Theory]
    [InlineData("MicrosoftAppType=SingleTenant;MicrosoftAppPassword=x;MicrosoftAppTenantId=" + Tenant, "MicrosoftAppId is required when MicrosoftAppType is SingleTenant")]
    [InlineData("MicrosoftAppType=SingleTenant;MicrosoftAppId=" + AppId + ";MicrosoftAppPassword=x;MicrosoftAppTenantId=contoso.com", "MicrosoftAppTenantId must be a tenant id (a GUID)")]
    [InlineData("MicrosoftAppType=SingleTenant;MicrosoftAppId=" + AppId + ";MicrosoftAppTenantId=" + Tenant, "MicrosoftAppPassword is required")]
    [InlineData("MicrosoftAppType=MultiTenant;MicrosoftAppId=" + AppId, "MicrosoftAppPassword is required")]
    [InlineData("MicrosoftAppId=" + AppId, "MicrosoftAppPassword is required")]
    [InlineData("MicrosoftAppType=UserAssignedMSI;MicrosoftAppId=" + AppId, "MicrosoftAppTenantId is required when MicrosoftAppType is UserAssignedMSI")]
    [InlineData("MicrosoftAppType=UserAssignedMSI;MicrosoftAppTenantId=" + Tenant, "MicrosoftAppId is required when MicrosoftAppType is UserAssignedMSI")]
    [InlineData("MicrosoftAppType=UserAssignedMSI;MicrosoftAppId=" + AppId + ";MicrosoftAppTenantId=" + Tenant + ";MicrosoftAppPassword=x", "MicrosoftAppPassword must not be set")]
    [InlineData("MicrosoftAppType=Federated;MicrosoftAppId=" + AppId + ";MicrosoftAppPassword=x", "MicrosoftAppType 'Federated' is not known")]
    [InlineData("MicrosoftAppType=1", "MicrosoftAppType '1' is not known")]
    [InlineData("MicrosoftAppPassword=x", "MicrosoftAppPassword is set but MicrosoftAppId is empty")]
    [InlineData("ToBotFromChannelOpenIdMetadataUrl=http://login.botframework.com/v1/.well-known/openidconfiguration", "ToBotFromChannelOpenIdMetadataUrl must use https")]
    [InlineData("ToBotFromChannelOpenIdMetadataUrl=/relative", "ToBotFromChannelOpenIdMetadataUrl must be an absolute https URL")]
    [InlineData("ToChannelFromBotLoginUrl=http://login.microsoftonline.com/botframework.com", "ToChannelFromBotLoginUrl must use https")]
    [InlineData("ValidateAuthority=yes", "ValidateAuthority must be true or false")]
    [InlineData("ForumBot:AllowedTenants=" + Tenant + ",contoso", "ForumBot:AllowedTenants entry 'contoso' is not a tenant id")]
    public void Options_InconsistentSettings_FailValidationNamingTheKey(string settings, string expected)
    {
        var thrown = Assert.Throws<OptionsValidationException>(() => Read(settings));

        Assert.Contains(expected, thrown.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("MicrosoftAppType=;MicrosoftAppId=;MicrosoftAppPassword=;MicrosoftAppTenantId=;ValidateAuthority=")]
    [InlineData("MicrosoftAppType=MultiTenant")]
    [InlineData("MicrosoftAppType=singletenant;MicrosoftAppId=" + AppId + ";MicrosoftAppPassword=x;MicrosoftAppTenantId=" + Tenant)]
    [InlineData("MicrosoftAppType=UserAssignedMSI;MicrosoftAppId=" + AppId + ";MicrosoftAppTenantId=" + Tenant)]
    [InlineData("MicrosoftAppId=" + AppId + ";MicrosoftAppPassword=x;ToBotFromChannelOpenIdMetadataUrl=http://127.0.0.1:5000/metadata")]
    [InlineData("ToBotFromChannelOpenIdMetadataUrl=http://localhost:5000/m;ToChannelFromBotLoginUrl=http://[::1]:5001/botframework.com")]
    public void Options_ConsistentSettings_PassValidation(string settings)
    {
        _ = Read(settings);
    }

    [Fact]
    public void Options_NothingConfigured_HaveTheSdkDefaults()
    {
        var options = Read(string.Empty);

        Assert.False(options.IsAuthenticated);
        Assert.Equal(BotAppType.MultiTenant, options.AppType);
        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.ToBotFromChannelOpenIdMetadataUrl);
        Assert.Equal("https://api.botframework.com", options.ToBotFromChannelTokenIssuer);
        Assert.Equal("https://login.microsoftonline.com/botframework.com", options.EffectiveLoginUrl);
        Assert.Equal("https://api.botframework.com", options.ToChannelFromBotOAuthScope);
        Assert.True(options.ValidateAuthority);
        Assert.Empty(options.AllowedTenants);
    }

    [Fact]
    public void Options_SingleTenant_LogsInAtItsOwnTenant()
    {
        var options = Read($"MicrosoftAppType=SingleTenant;MicrosoftAppId={AppId};MicrosoftAppPassword=x;MicrosoftAppTenantId={Tenant};ValidateAuthority=false");

        Assert.True(options.IsAuthenticated);
        Assert.Equal(BotAppType.SingleTenant, options.AppType);
        Assert.Equal("https://login.microsoftonline.com/" + Tenant, options.EffectiveLoginUrl);
        Assert.False(options.ValidateAuthority);
    }

    [Fact]
    public void Options_CustomLoginUrl_IsKeptAsConfigured()
    {
        var options = Read($"MicrosoftAppType=SingleTenant;MicrosoftAppId={AppId};MicrosoftAppPassword=x;MicrosoftAppTenantId={Tenant};ToChannelFromBotLoginUrl=https://login.microsoftonline.us/botframework.com");

        Assert.Equal("https://login.microsoftonline.us/botframework.com", options.EffectiveLoginUrl);
    }

    [Theory]
    [InlineData("ForumBot:AllowedTenants=" + Tenant + ", 11111111-2222-3333-4444-555555555555")]
    [InlineData("ForumBot:AllowedTenants:0=" + Tenant + ";ForumBot:AllowedTenants:1=11111111-2222-3333-4444-555555555555")]
    [InlineData("ForumBot:AllowedTenants=;ForumBot:AllowedTenants:0=" + Tenant + ";ForumBot:AllowedTenants:1=11111111-2222-3333-4444-555555555555")]
    public void Options_AllowedTenants_ReadFromCommaSeparatedStringOrArray(string settings)
    {
        var options = Read(settings);

        Assert.Equal([Tenant, "11111111-2222-3333-4444-555555555555"], options.AllowedTenants);
    }

    [Theory]
    [InlineData("", typeof(LoopbackOnlyAuthenticator))]
    [InlineData("MicrosoftAppId=" + AppId + ";MicrosoftAppPassword=x", typeof(ChannelTokenAuthenticator))]
    public void AddInboundAuthentication_PicksAuthenticatorFromAppId(string settings, Type expected)
    {
        using var services = Services(settings);

        Assert.IsType(expected, services.GetRequiredService<IInboundAuthenticator>());
    }

    private static BotFrameworkOptions Read(string settings)
    {
        using var services = Services(settings);
        return services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
    }

    private static ServiceProvider Services(string settings)
    {
        var pairs = settings.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => (string?)pair[1]);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(pairs).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Development });
        services.AddInboundAuthentication(configuration);
        return services.BuildServiceProvider();
    }

    private static IEnumerable<Exception> Flatten(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }
}
