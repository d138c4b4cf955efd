using System.Net;
using System.Text.Json.Nodes;
using ForumBot.Tests.Fixtures;

namespace ForumBot.Tests.Help;

public sealed class HelpCommandTests : IAsyncLifetime
{
    private CapturingConnector _connector = null!;
    private TestApp _bot = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await CapturingConnector.StartAsync();
        _bot = new TestApp();
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

    [Theory]
    [InlineData("personal", "Hjælp", "da-DK", "ForumBot — hjælp", "Vis denne oversigt")] // Danish locale: the Danish card
    [InlineData("personal", "what can you do?", "da-DK", "ForumBot — hjælp", null)] // unknown text: the help card
    [InlineData("channel", "help", "en-GB", "ForumBot — help", null)] // in a channel, with the bot mentioned
    public async Task Text_RepliesWithTheHelpCardInTheLocalesLanguage(string chat, string text, string locale, string title, string? alsoShown)
    {
        var activity = chat == "channel"
            ? TeamsActivities.ChannelMention(_connector.ServiceUrl, text, locale)
            : TeamsActivities.PersonalMessage(_connector.ServiceUrl, text, locale);

        using var response = await _bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _connector.WaitForAsync(1);
        var card = CardText.Of(Assert.Single(_connector.SentCards()));
        Assert.Contains(title, card, StringComparison.Ordinal);
        if (alsoShown is not null)
        {
            Assert.Contains(alsoShown, card, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PersonalInstall_WelcomesWithTheHelpCard()
    {
        var install = TeamsActivities.PersonalMessage(_connector.ServiceUrl, string.Empty, "da-DK");
        install["type"] = "installationUpdate";
        install["action"] = "add";
        install.Remove("text");

        using var response = await _bot.PostActivityAsync(install);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _connector.WaitForAsync(1);
        var card = CardText.Of(Assert.Single(_connector.SentCards()));
        Assert.Contains("Velkommen til ForumBot", card, StringComparison.Ordinal);
        Assert.Contains("hjælp", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamInstall_StaysQuiet_AndConversationUpdateIsAccepted()
    {
        var install = TeamsActivities.ChannelMention(_connector.ServiceUrl, string.Empty);
        install["type"] = "installationUpdate";
        install["action"] = "add";
        install.Remove("text");
        var update = TeamsActivities.ChannelMention(_connector.ServiceUrl, string.Empty);
        update["type"] = "conversationUpdate";
        update.Remove("text");

        using var installed = await _bot.PostActivityAsync(install);
        using var updated = await _bot.PostActivityAsync(update);

        Assert.Equal(HttpStatusCode.OK, installed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        await Task.Delay(300);
        Assert.Empty(_connector.Requests);
    }
}
