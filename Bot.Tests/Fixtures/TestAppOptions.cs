using Microsoft.Extensions.DependencyInjection;

namespace ForumBot.Tests.Fixtures;

/// <summary>How a test wants the bot composed: everything else is Program's composition, as deployed.</summary>
public sealed record TestAppOptions
{
    /// <summary>Configuration overrides, as App Service settings would give them; a null value drops the test app's own default for the key.</summary>
    public IReadOnlyDictionary<string, string?>? Settings { get; init; }

    /// <summary>Replaces the bot's clock (e.g. a FakeTimeProvider); null keeps its own, which follows FORUMBOT_TEST_NOW.</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>Starts a capturing connector (Teams' side) with the app, disposed with it.</summary>
    public bool Connector { get; init; }

    /// <summary>Captures every log line the bot writes (<see cref="TestApp.Logs"/>).</summary>
    public bool CaptureLogs { get; init; }

    /// <summary>Serves real HTTP on a loopback port; off, the host runs without a server (service-level tests, cheaper).</summary>
    public bool Http { get; init; } = true;

    /// <summary>Imports samples/tingbjerg-husum.network.json with the service's own import command.</summary>
    public bool DemoNetwork { get; init; }

    /// <summary>The tables' prefix; two apps with one prefix act as two instances of the service. Null: a fresh one.</summary>
    public string? TablePrefix { get; init; }

    /// <summary>Keeps the retention service's daily loop running; otherwise it is stopped, so clock moves cannot start a pass.</summary>
    public bool Retention { get; init; }

    /// <summary>A loopback token endpoint the bot's token client trusts; disposed with the app.</summary>
    public TestTokenEndpoint? Tokens { get; init; }

    /// <summary>Replaces services at the outer edge only (a clock, a storage client, a work source).</summary>
    public Action<IServiceCollection>? Services { get; init; }
}
