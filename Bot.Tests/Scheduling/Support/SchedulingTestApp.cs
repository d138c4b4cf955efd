using ForumBot.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace ForumBot.Tests.Scheduling.Support;

/// <summary>
/// The scheduling tests' bot: Program's composition without an HTTP server, the background
/// scheduler off (tests run passes, dispatches and the service themselves) and fast retries.
/// Two apps with one prefix act as two instances of the service.
/// </summary>
public static class SchedulingTestApp
{
    public static TestAppOptions Options(string? prefix = null, TimeProvider? time = null, IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?> { ["Scheduling:RetryBaseDelayMilliseconds"] = "20" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        return new TestAppOptions { TablePrefix = prefix, Time = time, Settings = values, Services = configure, Http = false };
    }
}
