using ForumBot.Cards;
using ForumBot.Tests.Fixtures;

namespace ForumBot.Tests.Cards;

public sealed class DisplayTextTests
{
    [Theory]
    [InlineData("who works on <topic>", "who works on ‹topic›")]
    [InlineData("update <initiative>: <text>", "update ‹initiative›: ‹text›")]
    [InlineData("5 > 3 and 2 < 4", "5 > 3 and 2 < 4")]
    [InlineData("no brackets", "no brackets")]
    public void Safe_ShowsPlaceholdersInsteadOfLettingTeamsDropThem(string input, string shown) =>
        Assert.Equal(shown, DisplayText.Safe(input));

    [Fact]
    public void TextBlockAndFactSet_ShowPlaceholders()
    {
        var card = AdaptiveCards.Card([AdaptiveCards.TextBlock("Write “initiative <name>”"), AdaptiveCards.FactSet([("link forum <id>", "in a channel")])]);

        var text = CardText.Of(card);

        Assert.Contains("initiative ‹name›", text, StringComparison.Ordinal);
        Assert.Contains("link forum ‹id›", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
    }
}
