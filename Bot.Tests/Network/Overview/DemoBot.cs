using System.Net;
using ForumBot.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ForumBot.Tests.Network.Overview;

/// <summary>
/// One bot with the demo network imported, shared by a class of read-only tests, on a fixed
/// clock: Thursday 26 November 2026, 09:00 in Copenhagen. Each question gets its own
/// capturing connector, so tests never see each other's replies.
/// </summary>
public sealed class DemoBot : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(Now);

    public BotApp Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Bot = new BotApp(configureServices: services => services.AddSingleton<TimeProvider>(Time));
        Bot.StartClient();
        await DemoNetwork.ImportAsync(Bot);
    }

    public async Task DisposeAsync() => await Bot.DisposeAsync();

    /// <summary>Writes <paramref name="text"/> to the bot in a 1:1 chat and returns what the one card it answers says.</summary>
    public async Task<string> AskAsync(string text, string locale, string aadObjectId)
    {
        await using var connector = await CapturingConnector.StartAsync();
        using var response = await Bot.PostActivityAsync(TeamsActivities.PersonalMessage(connector.ServiceUrl, text, locale, aadObjectId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await connector.WaitForAsync(1);
        return CardText.Of(Assert.Single(connector.SentCards()));
    }
}
