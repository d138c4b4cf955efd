using System.Globalization;

namespace ForumBot.Hosting.Clock;

/// <summary>
/// The service's one clock. Normally the system's; for tests that must run "on" a given day,
/// <see cref="ClockStartKey"/> starts it at that instant (Development and Testing only: in
/// Production a shifted clock would send cards on the wrong day, so a set value stops start-up).
/// </summary>
public static class ClockRegistration
{
    public const string ClockStartKey = "ForumBot:Testing:ClockStart";

    public static IServiceCollection AddClock(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Checked now, so that a refused setting stops the service before anything runs; read again
        // when the clock is first needed, because a test host may add its settings after composition.
        _ = ClockStart(configuration, environment);
        return services.AddSingleton<TimeProvider>(provider =>
            ClockStart(provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<IHostEnvironment>()) is { } start
                ? new OffsetTimeProvider(start)
                : TimeProvider.System);
    }

    /// <summary>The instant the clock starts at, or null for the system clock.</summary>
    private static DateTimeOffset? ClockStart(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var value = configuration[ClockStartKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!environment.IsDevelopment() && !environment.IsEnvironment("Testing"))
        {
            throw new ConfigurationProblemException(
                $"{ClockStartKey} is a test-only setting and is refused in the {environment.EnvironmentName} environment: remove it.");
        }

        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var start))
        {
            throw new ConfigurationProblemException($"{ClockStartKey} '{value}' is not an ISO-8601 instant (e.g. 2027-03-28T00:30:00Z).");
        }

        return start;
    }
}
