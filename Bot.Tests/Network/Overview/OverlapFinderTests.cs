using ForumBot.Tests.Fixtures;
using ForumBot.Network.Overview;

namespace ForumBot.Tests.Network.Overview;

/// <summary>What counts as an overlap: a shared topic and age ranges that meet, directly or in a chain.</summary>
public sealed class OverlapFinderTests
{
    [Fact]
    public void Find_OnTheDemoNetwork_FindsExactlyTheThreeClustersOfTheSamplesReadme()
    {
        var clusters = OverlapFinder.Find(DemoNetwork.Snapshot());

        Assert.Equal(["leisure jobs", "homework help", "girls' activities"], clusters.Select(c => c.Topic));
        Assert.Equal(DemoNetwork.LeisureJobIds, clusters[0].Initiatives.Select(i => i.Id));
        Assert.Equal(13, clusters[0].OrganisationIds.Count);
        Assert.Equal(DemoNetwork.HomeworkHelpIds, clusters[1].Initiatives.Select(i => i.Id));
        Assert.Equal(["pigeklubben", "pigeliv"], clusters[2].Initiatives.Select(i => i.Id));
    }

    [Fact]
    public void Find_SameTopicWithoutSharedAges_IsNoOverlap()
    {
        var network = SyntheticNetwork.With(
            SyntheticNetwork.Initiative("young", "sports", 6, 12),
            SyntheticNetwork.Initiative("old", "sports", 15, 22),
            SyntheticNetwork.Initiative("other-topic", "mentoring", 6, 22));

        Assert.Empty(OverlapFinder.Find(network));
    }

    [Fact]
    public void Find_RangesThatChain_FormOneGroupAndLeaveOutTheRangeApart()
    {
        var network = SyntheticNetwork.With(
            SyntheticNetwork.Initiative("a", "sports", 7, 12),
            SyntheticNetwork.Initiative("apart", "Sports", 30, 40),
            SyntheticNetwork.Initiative("b", "sports", 16, 18, owner: "org-b"),
            SyntheticNetwork.Initiative("c", "sports", 12, 16));

        var cluster = Assert.Single(OverlapFinder.Find(network));
        Assert.Equal(["a", "b", "c"], cluster.Initiatives.Select(i => i.Id));
        Assert.Equal(["org", "org-b"], cluster.OrganisationIds);
        Assert.Equal((7, 18), (cluster.AgeFrom, cluster.AgeTo));
    }
}
