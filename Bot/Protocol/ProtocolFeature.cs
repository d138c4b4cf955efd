using ForumBot.Protocol.Auth;
using ForumBot.Protocol.Outbound;
using ForumBot.Protocol.Routing;
using ForumBot.Retention;
using Microsoft.Extensions.Options;

namespace ForumBot.Protocol;

public static class ProtocolFeature
{
    public static IServiceCollection AddBotProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<RouteTable>();
        services.AddSingleton<TurnDispatcher>();
        services.AddSingleton<ConnectorClientFactory>();
        services.AddBotFrameworkOptions(configuration);
        services.AddInboundAuthentication(configuration);
        services.AddConnectorClient();

        // First interceptor of every turn: a redelivered activity stops here.
        services.AddScoped<ITurnInterceptor, RedeliveryGuard>();
        services.AddSingleton<IRetentionPurge, DedupePurge>();
        return services;
    }

    /// <summary>
    /// The Bot Framework settings shared by inbound authentication and outbound token
    /// acquisition, checked at start-up. Not bound with BindConfiguration like the other options:
    /// the SDK's keys sit at the configuration ROOT (MicrosoftAppId, …) with the SDK's defaults for
    /// empty values, so <see cref="BotFrameworkOptions.Read"/> copies them; validation is the same
    /// DataAnnotations + ValidateOnStart as everywhere. Registered once however often it is called
    /// (both directions call it); without <paramref name="configuration"/> the app's IConfiguration is read.
    /// </summary>
    public static IServiceCollection AddBotFrameworkOptions(this IServiceCollection services, IConfiguration? configuration = null)
    {
        // ValidateDataAnnotations registers the validator: its presence means "already added".
        if (services.Any(service => service.ServiceType == typeof(IValidateOptions<BotFrameworkOptions>)))
        {
            return services;
        }

        var options = services.AddOptions<BotFrameworkOptions>();
        if (configuration is null)
        {
            options.Configure<IConfiguration>((settings, appConfiguration) => BotFrameworkOptions.Read(appConfiguration, settings));
        }
        else
        {
            options.Configure(settings => BotFrameworkOptions.Read(configuration, settings));
        }

        options.Configure<IHostEnvironment>((settings, environment) => settings.EnvironmentName = environment.EnvironmentName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }
}
