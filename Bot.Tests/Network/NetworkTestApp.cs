using ForumBot.Tests.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace ForumBot.Tests.Network;

/// <summary>
/// The network tests' bot: Program's composition without an HTTP server, on a fake clock at
/// <see cref="DemoNetwork.Thursday"/>. Two apps with one prefix act as two instances.
/// </summary>
public static class NetworkTestApp
{
    public static TestAppOptions Options(string? prefix = null, IReadOnlyDictionary<string, string?>? settings = null) => new()
    {
        TablePrefix = prefix,
        Settings = settings,
        Time = new FakeTimeProvider(DemoNetwork.Thursday),
        Http = false,
    };
}
