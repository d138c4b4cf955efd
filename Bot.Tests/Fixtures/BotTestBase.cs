namespace ForumBot.Tests.Fixtures;

/// <summary>A fresh bot (own tables) and a fresh capturing connector per test.</summary>
public abstract class BotTestBase : IAsyncLifetime
{
    protected CapturingConnector Connector { get; private set; } = null!;

    protected BotApp Bot { get; private set; } = null!;

    /// <summary>Extra configuration for the bot under test.</summary>
    protected virtual IDictionary<string, string?>? Settings => null;

    public virtual async Task InitializeAsync()
    {
        Connector = await CapturingConnector.StartAsync();
        Bot = new BotApp(Settings);
        Bot.StartClient();
    }

    public virtual async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
