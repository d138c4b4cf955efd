using ForumBot.Tests.Fixtures;

namespace ForumBot.Tests.Network.Overview;

/// <summary>Every overview command and "link forum" answer only registered people.</summary>
public sealed class OverviewAccessTests(DemoNetworkApp demo) : IClassFixture<DemoNetworkApp>
{
    [Theory]
    [InlineData("who works on leisure jobs", "en-US", "You are not registered in the ForumBot network yet")]
    [InlineData("hvem arbejder med fritidsjob", "da-DK", "Du er endnu ikke registreret i ForumBots netværk")]
    [InlineData("forums", "en-US", "You are not registered in the ForumBot network yet")]
    [InlineData("fora", "da-DK", "Du er endnu ikke registreret i ForumBots netværk")]
    [InlineData("initiative natteravne", "en-US", "You are not registered in the ForumBot network yet")]
    [InlineData("overlap", "da-DK", "Du er endnu ikke registreret i ForumBots netværk")]
    [InlineData("link forum fritidsjob", "en-US", "You are not registered in the ForumBot network yet")]
    public async Task OverviewCommand_FromAnUnknownSender_GetsTheNotRegisteredCardOnly(string text, string locale, string expected)
    {
        var card = await demo.App.AskAsync(text, locale, DemoNetwork.UnknownAad);

        Assert.Contains(expected, card, StringComparison.Ordinal);
        Assert.Contains(DemoNetwork.UnknownAad, card, StringComparison.Ordinal);
        Assert.Empty(DemoNetwork.InitiativesShown(card));
        Assert.DoesNotContain("Fritidsjobnetværket", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsTheOverviewCommandsInDanish()
    {
        var card = await demo.App.AskAsync("hjælp", "da-DK", DemoNetwork.ChairAad);
        var lines = card.Split('\n');

        Assert.Contains("hvem arbejder med ‹emne›", lines);
        Assert.Contains("fora", lines);
        Assert.Contains("indsats ‹navn eller id›", lines);
        Assert.Contains("overlap", lines);
        Assert.Contains("tilknyt forum ‹id eller navn›", lines);
    }
}
