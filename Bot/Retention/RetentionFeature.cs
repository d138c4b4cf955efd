using ForumBot.Updates.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ForumBot.Retention;

public static class RetentionFeature
{
    /// <summary>
    /// Purges data older than ForumBot:RetentionDays (default 365, 30–3650, validated at start-up)
    /// once a day, through every registered <see cref="IRetentionPurge"/>. Features register their
    /// purge in their own AddX; the Updates purge is registered here (for now) to keep this change
    /// out of UpdatesFeature.cs. Needs AddTableStorage and AddNetwork (the Updates purge reads the
    /// network's time zone). See docs/storage.md, "Retention".
    /// </summary>
    public static IServiceCollection AddRetention(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RetentionOptions>()
            .Bind(configuration.GetSection(RetentionOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRetentionPurge, UpdatesPurge>());
        services.AddSingleton<RetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());
        return services;
    }
}
