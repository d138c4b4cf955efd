namespace ForumBot.Retention;

public static class RetentionFeature
{
    /// <summary>
    /// Purges data older than ForumBot:RetentionDays (default 365, 30–3650, validated at start-up)
    /// once a day, through every registered <see cref="IRetentionPurge"/>. Each feature registers
    /// the purge of its own tables in its own AddX; this mechanism knows none of them. Needs
    /// AddTableStorage. See docs/storage.md, "Retention".
    /// </summary>
    public static IServiceCollection AddRetention(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>()
            .BindConfiguration(RetentionOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<RetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());
        return services;
    }
}
