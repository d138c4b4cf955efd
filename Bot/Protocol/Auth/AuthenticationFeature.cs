using Microsoft.Extensions.Options;

namespace ForumBot.Protocol.Auth;

public static class AuthenticationFeature
{
    /// <summary>
    /// Inbound authentication: the settings (checked at start-up), and the authenticator the
    /// settings call for: channel tokens when MicrosoftAppId is set, loopback-only otherwise (Development
    /// only); then Teams only, whatever the mode.
    /// </summary>
    public static IServiceCollection AddInboundAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddBotFrameworkOptions(configuration);
        services.AddSingleton<ChannelOpenIdMetadata>();
        services.AddSingleton<ChannelTokenAuthenticator>();
        services.AddSingleton<LoopbackOnlyAuthenticator>();
        services.AddSingleton<TeamsChannelGate>();

        // Chosen when first needed, from the validated options (not from configuration read at
        // registration time, which may not hold every source yet).
        services.AddSingleton<IInboundAuthenticator>(sp => sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.IsAuthenticated
            ? sp.GetRequiredService<ChannelTokenAuthenticator>()
            : sp.GetRequiredService<LoopbackOnlyAuthenticator>());
        services.AddHostedService<AuthenticationModeLog>();
        return services;
    }
}

/// <summary>Says at start-up which inbound mode is on; unauthenticated mode as a warning.</summary>
internal sealed partial class AuthenticationModeLog(IOptions<BotFrameworkOptions> options, ILogger<AuthenticationModeLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.IsAuthenticated)
        {
            LogAuthenticated(logger, settings.MicrosoftAppId!, settings.AppType?.ToString() ?? "?", settings.ToBotFromChannelOpenIdMetadataUrl, settings.AllowedTenants.Count);
        }
        else
        {
            LogUnauthenticated(logger, settings.AllowedTenants.Count);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(1120, LogLevel.Warning,
        "UNAUTHENTICATED MODE (Development only): MicrosoftAppId is empty, so inbound tokens are not checked and ONLY loopback callers with a loopback serviceUrl " +
        "and no forwarding headers are served (Agents Playground, local tests); every other request gets 401. Set MicrosoftAppId (and MicrosoftAppType, MicrosoftAppPassword, " +
        "MicrosoftAppTenantId) for any real deployment. Allowed tenants: {AllowedTenantCount} (0 = any).")]
    private static partial void LogUnauthenticated(ILogger logger, int allowedTenantCount);

    [LoggerMessage(1124, LogLevel.Information,
        "Inbound channel tokens are validated for app {AppId} ({AppType}) with keys from {MetadataUrl}. Allowed tenants: {AllowedTenantCount} (0 = any).")]
    private static partial void LogAuthenticated(ILogger logger, string appId, string appType, string metadataUrl, int allowedTenantCount);
}
