using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry.Logs;

namespace ForumBot.Observability;

/// <summary>
/// Application Insights when APPLICATIONINSIGHTS_CONNECTION_STRING is configured (App Service
/// sets it from infra/), otherwise the host's default console logging and nothing else.
/// Both include log scopes (console: Logging:Console:FormatterOptions:IncludeScopes in appsettings.json).
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>The name of our Meter and ActivitySource; features create theirs with it.</summary>
    public const string SourceName = "ForumBot";

    private const string ConnectionStringKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    public static WebApplicationBuilder AddForumBotTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        var connectionString = builder.Configuration[ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return builder;
        }

        // UseAzureMonitor wires logs, request/dependency traces and standard metrics; our own
        // meter and source are added so that feature metrics flow without touching this file.
        // Log scopes become attributes: every line of a turn carries its CorrelationId (see MessagesEndpoint).
        builder.Services.Configure<OpenTelemetryLoggerOptions>(options => options.IncludeScopes = true);
        builder.Services.AddOpenTelemetry()
            .UseAzureMonitor(options => options.ConnectionString = connectionString)
            .WithMetrics(metrics => metrics.AddMeter(SourceName))
            .WithTracing(tracing => tracing.AddSource(SourceName));

        return builder;
    }
}
