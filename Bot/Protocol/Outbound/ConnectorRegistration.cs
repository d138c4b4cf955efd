using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace ForumBot.Protocol.Outbound;

public static class ConnectorRegistration
{
    /// <summary>The HttpClient MSAL uses to reach the token endpoint (no retry pipeline: MSAL retries itself).</summary>
    public const string TokenHttpClientName = "BotTokenEndpoint";

    /// <summary>
    /// The "BotConnector" HttpClient with its handlers, outermost first: failure translation,
    /// the retry pipeline, the bearer token. Credentials come from <see cref="BotFrameworkOptions"/>
    /// (configuration root, SDK keys), retries from ForumBot:Connector; both checked at start-up.
    /// </summary>
    public static IServiceCollection AddConnectorClient(this IServiceCollection services)
    {
        services.AddBotFrameworkOptions();
        services.AddOptions<ConnectorRetryOptions>()
            .BindConfiguration(ConnectorRetryOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddHttpClient(TokenHttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<IMsalHttpClientFactory, MsalHttpClientFactory>();
        services.AddSingleton(CreateTokenProvider);
        services.AddTransient<ConnectorAuthHandler>();
        services.AddTransient<ConnectorFailureHandler>();

        var connector = services.AddHttpClient(ConnectorClientFactory.HttpClientName, (sp, client) =>
        {
            // The pipeline's total timeout governs; this is only a backstop behind it.
            client.Timeout = sp.GetRequiredService<IOptions<ConnectorRetryOptions>>().Value.TotalTimeout + TimeSpan.FromSeconds(15);
        });
        connector.AddHttpMessageHandler<ConnectorFailureHandler>();
        connector.AddResilienceHandler("connector", (builder, context) => ConnectorResilience.Configure(
            builder,
            context.GetOptions<ConnectorRetryOptions>(),
            context.ServiceProvider.GetRequiredService<TimeProvider>(),
            context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConnectorResilience))));
        connector.AddHttpMessageHandler<ConnectorAuthHandler>();
        return services;
    }

    private static IBotTokenProvider CreateTokenProvider(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConnectorRegistration));
        ITokenSource source;
        switch (options.Credential)
        {
            case ConnectorCredentialKind.None:
                OutboundLog.Unauthenticated(logger);
                return new NoBotTokenProvider();
            case ConnectorCredentialKind.ManagedIdentity:
                source = new ManagedIdentityTokenSource(options.MicrosoftAppId!);
                OutboundLog.CredentialConfigured(logger, options.Credential, "the managed identity endpoint", options.Scope);
                break;
            default:
                source = new MsalTokenSource(options, services.GetRequiredService<IMsalHttpClientFactory>());
                OutboundLog.CredentialConfigured(logger, options.Credential, options.EffectiveLoginUrl, options.Scope);
                break;
        }

        return new CachingBotTokenProvider(source, options.Scope, services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<CachingBotTokenProvider>>());
    }
}
