using ForumBot.Tests.Fixtures;

namespace ForumBot.Tests.Network.Overview;

/// <summary>"overlaps" / "overlap" on the demo network (samples/README.md says what it must find).</summary>
public sealed class OverlapsCommandTests(DemoNetworkApp demo) : IClassFixture<DemoNetworkApp>
{
    [Fact]
    public async Task Overlaps_OnTheDemoNetwork_FindsTheLeisureJobClusterWithThirteenOrganisations()
    {
        var card = await demo.App.AskAsync("overlaps", "en-GB", DemoNetwork.AdminAad);
        var lines = card.Split('\n');

        Assert.Equal(
            ["leisure jobs — 6 initiatives, 13 organisations", "homework help — 3 initiatives, 6 organisations", "girls' activities — 2 initiatives, 4 organisations"],
            lines.Where(l => l.Contains(" initiatives, ", StringComparison.Ordinal)));
        Assert.Equal([.. DemoNetwork.LeisureJobIds, .. DemoNetwork.HomeworkHelpIds, "pigeklubben", "pigeliv"], DemoNetwork.InitiativesShown(card));
        Assert.Contains("Together: ages 13–19", lines);
        Assert.Equal("Husum Autoværksted ApS · ages 16–18", lines[Array.IndexOf(lines, "Ungepraktik på værkstedet") + 1]);
    }

    [Fact]
    public async Task Overlap_InDanish_NamesTopicsAndCountsInDanish()
    {
        var card = await demo.App.AskAsync("overlap", "da-DK", DemoNetwork.ChairAad);
        var lines = card.Split('\n');

        Assert.Contains("Overlappende indsatser", lines);
        Assert.Equal(
            ["fritidsjob — 6 indsatser, 13 organisationer", "lektiehjælp — 3 indsatser, 6 organisationer", "pigeaktiviteter — 2 indsatser, 4 organisationer"],
            lines.Where(l => l.Contains(" indsatser, ", StringComparison.Ordinal)));
        Assert.Equal("Københavns Kommune, Børne- og Ungdomsforvaltningen · 13–17 år", lines[Array.IndexOf(lines, "Fritidsjob i Tingbjerg-Husum") + 1]);
    }
}
