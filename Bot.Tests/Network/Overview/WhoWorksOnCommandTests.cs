using ForumBot.Tests.Fixtures;

namespace ForumBot.Tests.Network.Overview;

/// <summary>"who works on" / "hvem arbejder med" on the demo network, through the real endpoint.</summary>
public sealed class WhoWorksOnCommandTests(DemoNetworkApp demo) : IClassFixture<DemoNetworkApp>
{
    [Fact]
    public async Task WhoWorksOn_LeisureJobs_ListsTheSixLeisureJobInitiativesWithOrganisationsAndContacts()
    {
        var card = await demo.App.AskAsync("who works on leisure jobs?", "en-GB", DemoNetwork.AdminAad);

        Assert.Contains("Who works on “leisure jobs”", card, StringComparison.Ordinal);
        Assert.Contains("6 initiatives", card.Split('\n'));
        Assert.Equal(DemoNetwork.LeisureJobIds, DemoNetwork.InitiativesShown(card));
        Assert.Equal("leisure jobs", DemoNetwork.FactAfter(card, "Fritidsjob i Tingbjerg-Husum", "Topic"));
        Assert.Equal("ages 13–17 (Unge 13-17 år fra klubberne i Tingbjerg)", DemoNetwork.FactAfter(card, "Fritidsjob i Tingbjerg-Husum", "Target group"));
        Assert.Equal("Københavns Kommune, Børne- og Ungdomsforvaltningen", DemoNetwork.FactAfter(card, "Fritidsjob i Tingbjerg-Husum", "Owner"));
        Assert.Equal("Fritids- og Ungdomsklubben Tingbjerg, Jobcenter København, Ungeindsatsen Nordvest",
            DemoNetwork.FactAfter(card, "Fritidsjob i Tingbjerg-Husum", "Partners"));
        Assert.Equal("Sara Nielsen, Camilla Friis", DemoNetwork.FactAfter(card, "Fritidsjob i Tingbjerg-Husum", "Contacts"));
    }

    [Fact]
    public async Task HvemArbejderMed_Fritidsjob_FindsTheSameSixInitiativesInDanish()
    {
        var card = await demo.App.AskAsync("hvem arbejder med fritidsjob", "da-DK", DemoNetwork.FrontlineAad);

        Assert.Contains("Hvem arbejder med “fritidsjob”", card, StringComparison.Ordinal);
        Assert.Contains("6 indsatser", card.Split('\n'));

        // Jobklubben's name and description never say "fritidsjob": only its topic, through the vocabulary, does.
        Assert.Equal(DemoNetwork.LeisureJobIds, DemoNetwork.InitiativesShown(card));
        Assert.Equal("fritidsjob", DemoNetwork.FactAfter(card, "Jobklubben i Husum Ungdomsklub", "Emne"));
        Assert.Equal("15–17 år (Klubmedlemmer 15-17 år)", DemoNetwork.FactAfter(card, "Jobklubben i Husum Ungdomsklub", "Målgruppe"));
        Assert.Equal("Husum Ungdomsklub", DemoNetwork.FactAfter(card, "Jobklubben i Husum Ungdomsklub", "Ejer"));
        Assert.Equal("Hassan Osman", DemoNetwork.FactAfter(card, "Jobklubben i Husum Ungdomsklub", "Kontaktpersoner"));
    }

    [Theory]
    [InlineData("hvem arbejder med LEKTIEHJAELP", "da-DK")]
    [InlineData("Hvem arbejder med lektiehjælp", "da-DK")]
    [InlineData("who works on Homework Help", "en-US")]
    public async Task WhoWorksOn_HomeworkHelpInAnySpelling_FindsTheThreeHomeworkInitiatives(string text, string locale)
    {
        var card = await demo.App.AskAsync(text, locale, DemoNetwork.ChairAad);

        Assert.Equal(DemoNetwork.HomeworkHelpIds, DemoNetwork.InitiativesShown(card));
    }

    [Theory]
    [InlineData("who works on astronomy", "en-GB", "No one found for “astronomy”", "leisure jobs, homework help")]
    [InlineData("hvem arbejder med astronomi", "da-DK", "Ingen fundet for “astronomi”", "fritidsjob, lektiehjælp")]
    public async Task WhoWorksOn_UnknownTopic_SuggestsTheTopicsThatExist(string text, string locale, string heading, string topics)
    {
        var card = await demo.App.AskAsync(text, locale, DemoNetwork.ChairAad);

        Assert.Contains(heading, card, StringComparison.Ordinal);
        Assert.Contains(topics, card, StringComparison.Ordinal);
        Assert.Empty(DemoNetwork.InitiativesShown(card));
    }

    [Theory]
    [InlineData("who works on", "en-GB", "Write for example: who works on leisure jobs")]
    [InlineData("hvem arbejder med", "da-DK", "Skriv for eksempel: hvem arbejder med fritidsjob")]
    public async Task WhoWorksOn_WithoutATopic_ExplainsHowToAsk(string text, string locale, string expected)
    {
        var card = await demo.App.AskAsync(text, locale, DemoNetwork.ChairAad);

        Assert.Contains(expected, card.Split('\n'));
    }
}
