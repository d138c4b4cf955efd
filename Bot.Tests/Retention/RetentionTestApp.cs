using ForumBot.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ForumBot.Tests.Retention;

/// <summary>The retention tests' bot: Program's composition (so AddRetention and every feature's purge), on a fake clock.</summary>
public static class RetentionTestApp
{
    /// <param name="background">Keep the hosted service's daily loop running; otherwise the test runs passes itself (RunPassAsync).</param>
    public static TestAppOptions At(DateTimeOffset now, Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? settings = null,
        bool background = false) => new()
    {
        Time = new FakeTimeProvider(now),
        Services = configure,
        Settings = settings,
        Retention = background,
    };
}
