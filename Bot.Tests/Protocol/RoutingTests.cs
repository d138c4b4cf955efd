using System.Net;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;
using ForumBot.Tests.Fixtures;

namespace ForumBot.Tests.Protocol;

public sealed class RoutingTests
{
    /// <summary>A handler that takes longer than the typing threshold before answering.</summary>
    private sealed class SlowHandler : ITurnHandler
    {
        public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(1600), cancellationToken);
            await turn.SendAsync(MessageFactory.Text("done"), cancellationToken);
        }
    }

    [Fact]
    public async Task SlowMessageTurn_SendsTypingIndicatorBeforeTheAnswer()
    {
        await using var connector = await CapturingConnector.StartAsync();
        await using var bot = new TestApp(new() { Services = services => services.AddCommandRoute<SlowHandler>("slow") });
        bot.StartClient();

        using var response = await bot.PostActivityAsync(TeamsActivities.PersonalMessage(connector.ServiceUrl, "slow"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var requests = await connector.WaitForAsync(2);
        Assert.Equal("typing", requests[0].Body!["type"]!.GetValue<string>());
        Assert.Equal("done", requests[1].Body!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task FastMessageTurn_SendsNoTypingIndicator()
    {
        await using var connector = await CapturingConnector.StartAsync();
        await using var bot = new TestApp();
        bot.StartClient();

        await bot.PostActivityAsync(TeamsActivities.PersonalMessage(connector.ServiceUrl, "help"));

        await connector.WaitForAsync(1);
        await Task.Delay(300);
        Assert.DoesNotContain(connector.Requests, r => r.Body?["type"]?.GetValue<string>() == "typing");
    }

    [Fact]
    public void DuplicateCommandRoute_IsAConfigurationProblemNamingBothHandlers()
    {
        var error = Assert.Throws<ForumBot.Hosting.ConfigurationProblemException>(() => new RouteTable(
        [
            new RouteRegistration(RouteKind.Command, CommandText.Normalize("hjælp"), typeof(SlowHandler)),
            new RouteRegistration(RouteKind.Command, CommandText.Normalize("Hjaelp"), typeof(RoutingTests)),
        ]));

        Assert.Equal("Duplicate route Command 'hjaelp': SlowHandler and RoutingTests.", error.Message);
    }

    [Theory]
    [InlineData("WHO   works ON  Leisure Jobs", "who works on", "Leisure Jobs")]
    [InlineData("hvem arbejder med lektiehjælp", "hvem arbejder med", "lektiehjælp")]
    [InlineData("Hjaelp", "hjælp", "")]
    [InlineData("opdatering fritidsjob-kk: det går godt", "opdatering", "fritidsjob-kk: det går godt")]
    [InlineData("who works on:leisure jobs", "who works on", "leisure jobs")]
    [InlineData("update:Fritidsjob i Tingbjerg: fem nye", "update", "Fritidsjob i Tingbjerg: fem nye")]
    public void MatchCommand_IsCaseSpaceAndAccentTolerant_AndKeepsArgumentsAsTyped(string text, string command, string arguments)
    {
        var table = new RouteTable(
        [
            new RouteRegistration(RouteKind.Command, CommandText.Normalize("who works on"), typeof(SlowHandler)),
            new RouteRegistration(RouteKind.Command, CommandText.Normalize("hvem arbejder med"), typeof(SlowHandler)),
            new RouteRegistration(RouteKind.Command, CommandText.Normalize("hjælp"), typeof(RoutingTests)),
            new RouteRegistration(RouteKind.Command, CommandText.Normalize("opdatering"), typeof(string)),
            new RouteRegistration(RouteKind.Command, CommandText.Normalize("update"), typeof(long)),
            new RouteRegistration(RouteKind.Command, CommandText.Normalize("who"), typeof(int)),
        ]);

        var match = table.MatchCommand(text);

        Assert.NotNull(match);
        Assert.Equal(arguments, match.Value.Arguments);
        Assert.Equal(CommandText.Normalize(command), CommandText.Normalize(text)[..CommandText.Normalize(command).Length]);
    }

    [Fact]
    public void MatchCommand_WordPrefixOnly_DoesNotMatchInsideAWord()
    {
        var table = new RouteTable([new RouteRegistration(RouteKind.Command, "fora", typeof(string))]);

        Assert.Null(table.MatchCommand("forandring"));
    }

    private static string Flatten(Exception error) =>
        error.InnerException is null ? error.Message : error.Message + " | " + Flatten(error.InnerException);
}
