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
    /// acquisition: read once from the configuration root and checked at start-up. Registered
    /// once however often it is called (both directions call it); without
    /// <paramref name="configuration"/> the app's IConfiguration is read.
    /// </summary>
    public static IServiceCollection AddBotFrameworkOptions(this IServiceCollection services, IConfiguration? configuration = null)
    {
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

        options.ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, UnauthenticatedModeGuard>();
        return services;
    }
}
