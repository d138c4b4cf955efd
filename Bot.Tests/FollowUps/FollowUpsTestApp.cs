using ForumBot.Tests.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace ForumBot.Tests.FollowUps;

/// <summary>The follow-up tests' bot: real HTTP, the demo network, a fake clock, a capturing connector and a log capture.</summary>
public static class FollowUpsTestApp
{
    /// <summary>Thursday 26 November 2026, 09:00 in Copenhagen.</summary>
    public static TestAppOptions Options() => new()
    {
        Time = new FakeTimeProvider(DemoNetwork.Thursday),
        Connector = true,
        CaptureLogs = true,
        DemoNetwork = true,
    };
}
