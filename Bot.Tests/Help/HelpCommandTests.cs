using System.Net;
using System.Text.Json.Nodes;
using ForumBot.Tests.Fixtures;

namespace ForumBot.Tests.Help;

public sealed class HelpCommandTests : IAsyncLifetime
{
    private CapturingConnector _connector = null!;
    private BotApp _bot = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await CapturingConnector.StartAsync();
        _bot = new BotApp();
        _client = _bot.StartClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Help_InPersonalChat_RepliesWithEnglishHelpCard()
    {
        var activity = TeamsActivities.PersonalMessage(_connector.ServiceUrl, "help");

        using var response = await _bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await _connector.WaitForAsync(1));
        Assert.Equal("POST", reply.Method);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString("a:personal-" + TeamsActivities.UserAadObjectId)}/activities/{activity["id"]}", reply.Path);
        var card = Assert.Single(_connector.SentCards());
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.Contains("ForumBot — help", CardText.Of(card), StringComparison.Ordinal);
        Assert.Equal(TeamsActivities.BotId, reply.Body!["from"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Hjaelp_WithDanishLocale_RepliesWithDanishHelpCard()
    {
        using var response = await _bot.PostActivityAsync(TeamsActivities.PersonalMessage(_connector.ServiceUrl, "Hjælp", "da-DK"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _connector.WaitForAsync(1);
        var card = CardText.Of(Assert.Single(_connector.SentCards()));
        Assert.Contains("ForumBot — hjælp", card, StringComparison.Ordinal);
        Assert.Contains("Vis denne oversigt", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownText_RepliesWithHelpCard()
    {
        using var response = await _bot.PostActivityAsync(TeamsActivities.PersonalMessage(_connector.ServiceUrl, "what can you do?", "da-DK"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _connector.WaitForAsync(1);
        Assert.Contains("ForumBot — hjælp", CardText.Of(Assert.Single(_connector.SentCards())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpInChannel_WithBotMention_IsUnderstood()
    {
        using var response = await _bot.PostActivityAsync(TeamsActivities.ChannelMention(_connector.ServiceUrl, "help", "en-GB"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _connector.WaitForAsync(1);
        Assert.Contains("ForumBot — help", CardText.Of(Assert.Single(_connector.SentCards())), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("conversationUpdate")]
    [InlineData("installationUpdate")]
    public async Task LifecycleActivities_AreAccepted(string type)
    {
        var activity = TeamsActivities.PersonalMessage(_connector.ServiceUrl, string.Empty);
        activity["type"] = type;
        activity.Remove("text");

        using var response = await _bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
