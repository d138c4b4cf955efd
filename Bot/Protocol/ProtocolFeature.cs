using ForumBot.Protocol.Auth;
using ForumBot.Protocol.Outbound;
using ForumBot.Protocol.Routing;

namespace ForumBot.Protocol;

public static class ProtocolFeature
{
    public static IServiceCollection AddBotProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<RouteTable>();
        services.AddSingleton<TurnDispatcher>();
        services.AddSingleton<ConnectorClientFactory>();
        services.AddInboundAuthentication(configuration);
        services.AddConnectorClient();
        return services;
    }
}
