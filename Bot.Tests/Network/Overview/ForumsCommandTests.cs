using ForumBot.Tests.Fixtures;

namespace ForumBot.Tests.Network.Overview;

/// <summary>"forums" / "fora" on the demo network at a fixed clock: Thursday 26 November 2026, 09:00 Copenhagen time.</summary>
public sealed class ForumsCommandTests(DemoNetworkApp demo) : IClassFixture<DemoNetworkApp>
{
    public static TheoryData<string, string, string> NextMeetings => new()
    {
        { "Strategisk styregruppe for tryghed i Tingbjerg-Husum (strategisk-styregruppe)", "Thursday 14 January 2027 at 14:00", "torsdag den 14. januar 2027 kl. 14.00" },
        { "SSP-lokaludvalg Tingbjerg-Husum (ssp-lokaludvalg)", "Monday 21 December 2026 at 13:00", "mandag den 21. december 2026 kl. 13.00" },
        { "Fritidsjobnetværket (fritidsjob)", "Tuesday 1 December 2026 at 09:00", "tirsdag den 1. december 2026 kl. 09.00" },
        { "Gadeplansnetværket (gadeplan)", "Wednesday 2 December 2026 at 10:00", "onsdag den 2. december 2026 kl. 10.00" },
        { "Skole-klub-samarbejdet (skole-klub)", "Thursday 3 December 2026 at 14:30", "torsdag den 3. december 2026 kl. 14.30" },
        { "Boligsocialt netværk (boligsocialt-forum)", "Tuesday 15 December 2026 at 10:00", "tirsdag den 15. december 2026 kl. 10.00" },
        { "Civilsamfundsforum Tingbjerg-Husum (civilsamfund)", "Wednesday 9 December 2026 at 17:00", "onsdag den 9. december 2026 kl. 17.00" },
    };

    [Fact]
    public async Task Forums_InEnglish_ListsTheSevenForumsWithLevelAndChairs()
    {
        var card = await demo.App.AskAsync("forums", "en-GB", DemoNetwork.AdminAad);

        Assert.Contains("Forums in Tingbjerg-Husum", card.Split('\n'));
        Assert.Contains("7 forums · times in Europe/Copenhagen", card.Split('\n'));
        Assert.Equal(7, card.Split('\n').Count(l => l == "Next meeting"));
        Assert.Equal("frontline", DemoNetwork.FactAfter(card, "Fritidsjobnetværket (fritidsjob)", "Level"));
        Assert.Equal("Mikkel Hansen", DemoNetwork.FactAfter(card, "Fritidsjobnetværket (fritidsjob)", "Chair"));
        Assert.Equal("civil society", DemoNetwork.FactAfter(card, "Civilsamfundsforum Tingbjerg-Husum (civilsamfund)", "Level"));
        Assert.Equal("Leila Haddad, Bilal Hussain", DemoNetwork.FactAfter(card, "Civilsamfundsforum Tingbjerg-Husum (civilsamfund)", "Chairs"));
        Assert.Equal("not linked yet", DemoNetwork.FactAfter(card, "Fritidsjobnetværket (fritidsjob)", "Channel"));
    }

    [Theory]
    [MemberData(nameof(NextMeetings))]
    public async Task Forums_EachForum_ShowsItsNextMeetingInCopenhagenTime(string forum, string english, string danish)
    {
        var inEnglish = await demo.App.AskAsync("Forums", "en-US", DemoNetwork.AdminAad);
        var inDanish = await demo.App.AskAsync("fora", "da-DK", DemoNetwork.FrontlineAad);

        Assert.Equal(english, DemoNetwork.FactAfter(inEnglish, forum, "Next meeting"));
        Assert.Equal(danish, DemoNetwork.FactAfter(inDanish, forum, "Næste møde"));
    }

    [Fact]
    public async Task Fora_InDanish_ShowsDanishLevelsAndWords()
    {
        var card = await demo.App.AskAsync("FORA", "da-DK", DemoNetwork.FrontlineAad);

        Assert.Contains("Fora i Tingbjerg-Husum", card.Split('\n'));
        Assert.Contains("7 fora · tider i Europe/Copenhagen", card.Split('\n'));
        Assert.Equal("udførende", DemoNetwork.FactAfter(card, "Fritidsjobnetværket (fritidsjob)", "Niveau"));
        Assert.Equal("strategisk", DemoNetwork.FactAfter(card, "SSP-lokaludvalg Tingbjerg-Husum (ssp-lokaludvalg)", "Niveau"));
        Assert.Equal("civilsamfund", DemoNetwork.FactAfter(card, "Civilsamfundsforum Tingbjerg-Husum (civilsamfund)", "Niveau"));
        Assert.Equal("Mikkel Hansen", DemoNetwork.FactAfter(card, "Fritidsjobnetværket (fritidsjob)", "Forperson"));
        Assert.Equal("ikke tilknyttet endnu", DemoNetwork.FactAfter(card, "Fritidsjobnetværket (fritidsjob)", "Kanal"));
    }
}
