using ForumBot.Tests.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace ForumBot.Tests.Network.Overview;

/// <summary>
/// One bot with the demo network imported, shared by a class of read-only tests, on a fixed clock
/// (<see cref="DemoNetwork.Thursday"/>). Questions go through <see cref="TestApp.AskAsync"/>, each with its own connector.
/// </summary>
public sealed class DemoNetworkApp : TestAppLifetime
{
    protected override TestAppOptions Options => new() { DemoNetwork = true, Time = new FakeTimeProvider(DemoNetwork.Thursday) };
}
