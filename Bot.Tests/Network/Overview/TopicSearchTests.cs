using ForumBot.Tests.Fixtures;
using ForumBot.Network;
using ForumBot.Network.Overview;

namespace ForumBot.Tests.Network.Overview;

/// <summary>The topic matching behind "who works on", on the demo network read without storage.</summary>
public sealed class TopicSearchTests
{
    private static readonly NetworkSnapshot Demo = DemoNetwork.Snapshot();

    [Theory]
    [InlineData("leisure jobs")]
    [InlineData("Leisure Job")]
    [InlineData("fritidsjob")]
    [InlineData("FRITIDSJOBS")]
    [InlineData("“fritidsjob”?")]
    public void Find_LeisureJobsInEnglishOrDanish_FindsTheSixByTopic(string query)
    {
        var matches = TopicSearch.Find(Demo, query);

        Assert.Equal(DemoNetwork.LeisureJobIds, matches.Select(m => m.Initiative.Id));
        Assert.All(matches, m => Assert.Equal(["leisure jobs"], m.MatchedTopics));
    }

    [Theory]
    [InlineData("lektiecafe")]
    [InlineData("Lektiecafé")]
    [InlineData("lektiehjælp")]
    [InlineData("lektie")]
    public void Find_DanishHomeworkWords_FindHomeworkHelp(string query) =>
        Assert.Equal(DemoNetwork.HomeworkHelpIds, TopicSearch.Find(Demo, query).Select(m => m.Initiative.Id));

    [Fact]
    public void Find_AWordOnlyInNames_FindsByNameAfterTopicMatches()
    {
        var matches = TopicSearch.Find(Demo, "job");

        Assert.Equal(DemoNetwork.LeisureJobIds, matches.Take(6).Select(m => m.Initiative.Id));
        Assert.Equal(["exit-forloeb", "ungeindsats-job", "foraeldre-i-job"], matches.Skip(6).Select(m => m.Initiative.Id));
        Assert.All(matches.Skip(6), m => Assert.Empty(m.MatchedTopics));
    }

    [Theory]
    [InlineData("astronomy")]
    [InlineData("   ")]
    [InlineData("u")]
    public void Find_NothingFitting_FindsNothing(string query) => Assert.Empty(TopicSearch.Find(Demo, query));

    [Fact]
    public void Find_ANetworkFileWithDanishTopics_MatchesThemInBothLanguages()
    {
        var network = SyntheticNetwork.With(SyntheticNetwork.Initiative("cafe", "lektiehjælp", 10, 14));

        Assert.Single(TopicSearch.Find(network, "LEKTIEHJAELP"));
        Assert.Single(TopicSearch.Find(network, "homework help"));
    }
}
