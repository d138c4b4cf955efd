namespace ForumBot.Tests.Fixtures;

/// <summary>
/// One <see cref="TestApp"/> for xUnit's lifetimes: as a test class's base, a fresh app per test;
/// as an IClassFixture, one app shared by a class's tests. <see cref="Options"/> say how it is composed.
/// </summary>
public abstract class TestAppLifetime : IAsyncLifetime
{
    public TestApp App { get; private set; } = null!;

    /// <summary>By default: real HTTP on loopback and a capturing connector for the bot's replies.</summary>
    protected virtual TestAppOptions Options => new() { Connector = true };

    public virtual async Task InitializeAsync() => App = await TestApp.StartAsync(Options);

    public virtual async Task DisposeAsync() => await App.DisposeAsync();
}
