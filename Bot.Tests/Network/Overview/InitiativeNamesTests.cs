using ForumBot.Tests.Fixtures;
using ForumBot.Network;
using ForumBot.Updates.Handlers;

namespace ForumBot.Tests.Network.Overview;

/// <summary>
/// "initiative X" and "update X: …" understand X alike: both go through NameMatch, and the update
/// command only narrows what was found to the initiatives the user may update.
/// </summary>
public sealed class InitiativeNamesTests
{
    private static readonly NetworkSnapshot Network = DemoNetwork.Snapshot();

    public static TheoryData<string> Typed => new()
    {
        "Fritidsjob i Tingbjerg-Husum",
        "fritidsjob i tingbjerg husum ",
        "fritidsjob-kk",
        "naerpoliti i klubberne",
        "POLITI-I-KLUBBERNE",
        "“Nærpoliti i klubberne”",
        "Lektiestotte i klubben",
        "lektie",
        "kom i gang",
        "job",
        "astronomiklub",
        "?",
    };

    [Theory]
    [MemberData(nameof(Typed))]
    public void InitiativeAndUpdate_ForSomeoneWhoMayUpdateEveryInitiative_FindTheSameInitiatives(string typed)
    {
        var all = Network.Initiatives;

        var shown = NameMatch.Initiatives(all, typed).Select(i => i.Id);
        var update = InitiativeMatcher.Match(typed, all, all);
        var understood = update.Kind switch
        {
            InitiativeMatchKind.Found => [update.Initiative!.Id],
            InitiativeMatchKind.Ambiguous => update.Candidates.Select(i => i.Id),
            _ => [],
        };

        Assert.Equal(shown, understood);
    }

    [Fact]
    public void Both_OeTypedAsO_FindLektiestoette()
    {
        Assert.Equal(["lektier-i-klubben"], NameMatch.Initiatives(Network.Initiatives, "Lektiestotte i klubben").Select(i => i.Id));
        Assert.Equal("lektier-i-klubben", InitiativeMatcher.Match("Lektiestotte i klubben", Network.Initiatives, Network.Initiatives).Initiative?.Id);
    }

    [Fact]
    public void Update_PartOfSomeoneElsesInitiativesName_NamesThatInitiative()
    {
        var match = InitiativeMatcher.Match("nærpoliti i", Network.Initiatives, []);

        Assert.Equal((InitiativeMatchKind.NotOwn, "politi-i-klubberne"), (match.Kind, match.Initiative?.Id));
    }

    [Fact]
    public void Both_SeveralMatches_AreAllListedAndNoneChosen()
    {
        Assert.Equal(DemoNetwork.HomeworkHelpIds, NameMatch.Initiatives(Network.Initiatives, "lektie").Select(i => i.Id).Order());
        Assert.Equal(InitiativeMatchKind.Ambiguous, InitiativeMatcher.Match("lektie", Network.Initiatives, Network.Initiatives).Kind);
    }
}
