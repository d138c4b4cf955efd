using ForumBot.Localization;
using ForumBot.Network.Overview;
using ForumBot.Tests.Fixtures;

namespace ForumBot.Tests.Network.Overview;

/// <summary>Card rules no demo query reaches: long lists are capped, times follow the zone's summer time.</summary>
public sealed class OverviewCardTests
{
    [Fact]
    public void WhoWorksOnCard_TwentyMatches_ShowsFifteenAndSaysHowManyMore()
    {
        var network = SyntheticNetwork.With(SyntheticNetwork.Many(20, "sports"));

        var card = CardText.Of(WhoWorksOnCard.Build(Language.English, network, "sports", TopicSearch.Find(network, "sports")));

        Assert.Contains("20 initiatives", card.Split('\n'));
        Assert.Equal(15, card.Split('\n').Count(l => l.StartsWith("Indsats i", StringComparison.Ordinal)));
        Assert.Contains("… and 5 more. Narrow your search to see them.", card.Split('\n'));
    }

    [Fact]
    public void OverlapsCard_TwentyOverlapping_ListsFifteenInitiativesAtMost()
    {
        var network = SyntheticNetwork.With(SyntheticNetwork.Many(20, "sports"));

        var card = CardText.Of(OverlapsCard.Build(Language.Danish, network, OverlapFinder.Find(network)));

        Assert.Contains("idræt — 20 indsatser, 1 organisation", card.Split('\n'));
        Assert.Equal(15, card.Split('\n').Count(l => l.StartsWith("Indsats i", StringComparison.Ordinal)));
        Assert.Contains("… og 5 mere. Afgræns søgningen for at se dem.", card.Split('\n'));
    }

    [Theory]
    [InlineData("2026-06-02T07:00:00Z", "Tuesday 2 June 2026 at 09:00", "tirsdag den 2. juni 2026 kl. 09.00")]
    [InlineData("2026-12-01T08:00:00Z", "Tuesday 1 December 2026 at 09:00", "tirsdag den 1. december 2026 kl. 09.00")]
    public void LocalTimeText_InCopenhagen_UsesLocalTimeWithSummerTime(string utc, string english, string danish)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
        var instant = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(english, LocalTimeText.Format(Language.English, instant, zone));
        Assert.Equal(danish, LocalTimeText.Format(Language.Danish, instant, zone));
    }
}
