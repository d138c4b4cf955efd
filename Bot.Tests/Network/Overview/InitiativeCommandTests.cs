using ForumBot.Tests.Fixtures;

namespace ForumBot.Tests.Network.Overview;

/// <summary>"initiative" / "indsats" on the demo network.</summary>
public sealed class InitiativeCommandTests(DemoNetworkApp demo) : IClassFixture<DemoNetworkApp>
{
    [Fact]
    public async Task Initiative_ByExactName_ShowsItsCardInEnglish()
    {
        var card = await demo.App.AskAsync("initiative Fritidsjob i Tingbjerg-Husum", "en-GB", DemoNetwork.AdminAad);

        Assert.Equal("Fritidsjob i Tingbjerg-Husum", card.Split('\n')[0]);
        Assert.Contains("Klubmedarbejdere hjælper unge med at finde og fastholde et fritidsjob.", card.Split('\n'));
        Assert.Equal("Københavns Kommune, Børne- og Ungdomsforvaltningen", DemoNetwork.FactAfter(card, "Fritidsjob i Tingbjerg-Husum", "Owner"));
        Assert.Equal("Sara Nielsen, Camilla Friis", DemoNetwork.FactAfter(card, "Fritidsjob i Tingbjerg-Husum", "Contacts"));
        Assert.Equal("Fritidsjobnetværket", DemoNetwork.FactAfter(card, "Fritidsjob i Tingbjerg-Husum", "Forums"));
        Assert.Equal("fritidsjob-kk", DemoNetwork.FactAfter(card, "Fritidsjob i Tingbjerg-Husum", "Id"));
    }

    [Theory]
    [InlineData("indsats naerpoliti i klubberne")]
    [InlineData("Indsats POLITI-I-KLUBBERNE")]
    [InlineData("indsats “Nærpoliti i klubberne”")]
    public async Task Indsats_ByNameOrIdInAnySpelling_ShowsItsCardInDanish(string text)
    {
        var card = await demo.App.AskAsync(text, "da-DK", DemoNetwork.PoliceAad);

        Assert.Equal("Nærpoliti i klubberne", card.Split('\n')[0]);
        Assert.Equal("14–20 år (Unge 14-20 år i klubberne)", DemoNetwork.FactAfter(card, "Nærpoliti i klubberne", "Målgruppe"));
        Assert.Equal("Jonas Kristensen, Niels Østergaard", DemoNetwork.FactAfter(card, "Nærpoliti i klubberne", "Kontaktpersoner"));
        Assert.Equal("SSP-lokaludvalg Tingbjerg-Husum, Gadeplansnetværket", DemoNetwork.FactAfter(card, "Nærpoliti i klubberne", "Fora"));
    }

    [Fact]
    public async Task Indsats_SeveralMatches_ListsThemToChooseFrom()
    {
        var card = await demo.App.AskAsync("indsats lektie", "da-DK", DemoNetwork.ChairAad);

        Assert.Contains("3 indsatser passer på “lektie”", card.Split('\n'));
        Assert.Equal(DemoNetwork.HomeworkHelpIds, DemoNetwork.InitiativesShown(card));
        Assert.Contains("Skriv “indsats lektiecafe-tingbjerg” (navnet eller id'et på én) for at se den.", card.Split('\n'));
    }

    [Theory]
    [InlineData("initiative astronomy club", "en-GB", "No initiative called “astronomy club”", "leisure jobs")]
    [InlineData("indsats astronomiklub", "da-DK", "Ingen indsats hedder “astronomiklub”", "fritidsjob")]
    public async Task Initiative_NoMatch_SuggestsSearchingByTopic(string text, string locale, string heading, string topic)
    {
        var card = await demo.App.AskAsync(text, locale, DemoNetwork.ChairAad);

        Assert.Contains(heading, card.Split('\n'));
        Assert.Contains(topic, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Indsats_WithoutAName_ExplainsHowToAsk()
    {
        var card = await demo.App.AskAsync("indsats", "da-DK", DemoNetwork.ChairAad);

        Assert.Contains("Hvilken indsats?", card.Split('\n'));
    }
}
