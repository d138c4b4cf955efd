using ForumBot.Protocol.Auth;
using ForumBot.Protocol.Outbound;
using ForumBot.Protocol.Routing;

namespace ForumBot.Protocol;

public static class ProtocolFeature
{
    public static IServiceCollection AddBotProtocol(this IServiceCollection services)
    {
        services.AddSingleton<RouteTable>();
        services.AddSingleton<TurnDispatcher>();
        services.AddSingleton<ConnectorClientFactory>();
        services.AddSingleton<IInboundAuthenticator, LoopbackOnlyAuthenticator>();
        services.AddConnectorClient();
        return services;
    }
}
