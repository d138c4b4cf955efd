using ForumBot.Cli;
using ForumBot.Help;
using ForumBot.Protocol.Outbound;
using ForumBot.Protocol.Routing;
using ForumBot.Retention;
using ForumBot.Scheduling.Admin;
using ForumBot.Scheduling.Outbox;
using ForumBot.Storage;
using Microsoft.Extensions.Options;

namespace ForumBot.Scheduling;

public static class SchedulingFeature
{
    /// <summary>
    /// The scheduler (lease, passes over every IDueWorkSource), the outbox (IOutbox) and its
    /// dispatcher with Teams' rate limits, the `schedule` CLI and the `delivery problems` command.
    /// Needs AddTableStorage, AddBotProtocol, AddTeamsConversations and AddNetwork.
    /// Features contribute work with services.AddSingleton&lt;IDueWorkSource, TheirSource&gt;(), and jobs
    /// that write (run by the lease holder after each pass) with services.AddSingleton&lt;IPeriodicJob, TheirJob&gt;().
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services)
    {
        services.AddOptions<SchedulingOptions>()
            .BindConfiguration(SchedulingOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddTable(TableNames.Outbox);
        services.AddTable(TableNames.Leases);
        services.AddMetrics();

        services.AddSingleton<SchedulingMetrics>();
        services.AddSingleton<SchedulerLease>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<IOutbox>(sp => sp.GetRequiredService<OutboxStore>());
        services.AddSingleton<IRetentionPurge, OutboxPurge>();
        services.AddSingleton<OutboxTransitions>();
        services.AddSingleton<DeliveryTargets>();
        services.AddSingleton(sp => RateLimitPolicy.Teams with
        {
            Margin = sp.GetRequiredService<IOptions<SchedulingOptions>>().Value.RateLimitMargin,
        });
        services.AddSingleton<ConnectorRateLimiter>();
        services.AddSingleton<DeliveryAttempt>();
        services.AddSingleton<OutboxSender>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<SchedulerPass>();
        services.AddSingleton<PeriodicJobs>();
        services.AddSingleton<SchedulerService>();
        services.AddHostedService(sp => sp.GetRequiredService<SchedulerService>());

        // The token handler (AddBotProtocol's) without the retry pipeline: the dispatcher retries itself, under its limiter (docs/scheduling.md).
        services.AddHttpClient(DeliveryAttempt.HttpClientName, (sp, client) =>
                client.Timeout = sp.GetRequiredService<IOptions<SchedulingOptions>>().Value.AttemptTimeout)
            .AddHttpMessageHandler<ConnectorAuthHandler>();

        services.AddCliCommand<ScheduleCommand>();
        services.AddCommandRoute<DeliveryProblemsHandler>("delivery problems", "leveringsproblemer");
        services.AddHelpEntry("delivery problems", "leveringsproblemer",
            "Admins: messages the bot could not deliver, and why.",
            "Administratorer: beskeder, botten ikke kunne levere, og hvorfor.");
        return services;
    }
}
