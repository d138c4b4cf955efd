using System.Net;
using System.Text.Json.Nodes;
using ForumBot.Network.Channels;
using ForumBot.Tests.Fixtures;
using ForumBot.Tests.Network.Overview;
using Microsoft.Extensions.DependencyInjection;

namespace ForumBot.Tests.Network.Channels;

/// <summary>"link forum" / "tilknyt forum" through the real endpoint, with the demo network; a fresh bot per test.</summary>
public sealed class LinkForumTests : TestAppLifetime
{
    private const string GeneralChannel = "19:general-channel@thread.tacv2";
    private const string PlanningChannel = "19:planning-channel@thread.tacv2";

    private ForumChannels Links => App.Services.GetRequiredService<ForumChannels>();

    protected override TestAppOptions Options => new() { Connector = true, DemoNetwork = true };

    [Fact]
    public async Task TilknytForum_ChairInTheForumsChannel_LinksTheChannelAndConfirmsThere()
    {
        var card = await SayAsync(TeamsActivities.ChannelMention(App.Connector.ServiceUrl, "tilknyt forum fritidsjob", "da-DK", DemoNetwork.ChairAad));

        Assert.Contains("Tilknyttet: denne kanal er nu Fritidsjobnetværkets kanal i ForumBot; forummets opslag kommer her.", card.Split('\n'));
        Assert.Contains(Uri.EscapeDataString(GeneralChannel), Assert.Single(App.Connector.Requests).Path, StringComparison.Ordinal);
        var reference = await Links.GetChannelAsync("fritidsjob", CancellationToken.None);
        Assert.NotNull(reference);
        Assert.Equal(GeneralChannel, reference.ChannelId);
        Assert.Equal(GeneralChannel, reference.ConversationId);
        Assert.Equal(App.Connector.ServiceUrl.ToString(), reference.ServiceUrl.OriginalString);
        Assert.True(reference.Active);
        var link = await Links.GetLinkAsync("fritidsjob", CancellationToken.None);
        Assert.Equal(("19:team-root@thread.tacv2", "p-chair-demo", TeamsActivities.TenantId), (link?.TeamId, link?.LinkedBy, link?.TenantId));
    }

    [Fact]
    public async Task LinkForum_AdminByForumNameInAChannel_LinksAForumTheyDoNotChair()
    {
        var card = await SayAsync(TeamsActivities.ChannelMention(App.Connector.ServiceUrl, "link forum gadeplansnetværket", "en-GB", DemoNetwork.AdminAad));

        Assert.Contains("Linked: this channel is now Gadeplansnetværket's channel in ForumBot; the forum's posts will come here.", card.Split('\n'));
        Assert.Equal("p-admin-demo", (await Links.GetLinkAsync("gadeplan", CancellationToken.None))?.LinkedBy);
        Assert.Equal(GeneralChannel, (await Links.GetChannelAsync("gadeplan", CancellationToken.None))?.ChannelId);
    }

    [Fact]
    public async Task TilknytForum_MemberWhoIsNotChair_IsRefusedWithTheChairsNamedAndNothingStored()
    {
        var card = await SayAsync(TeamsActivities.ChannelMention(App.Connector.ServiceUrl, "tilknyt forum fritidsjob", "da-DK", DemoNetwork.FrontlineAad));

        Assert.Contains("Kun forpersonen for Fritidsjobnetværket (Mikkel Hansen) eller en administrator kan tilknytte en kanal til forummet.", card.Split('\n'));
        Assert.Null(await Links.GetLinkAsync("fritidsjob", CancellationToken.None));
    }

    [Fact]
    public async Task LinkForum_ChairInAPersonalChat_IsToldToSayItInTheChannelAndNothingStored()
    {
        var card = await SayAsync(TeamsActivities.PersonalMessage(App.Connector.ServiceUrl, "link forum fritidsjob", "en-GB", DemoNetwork.ChairAad));

        Assert.Contains("Linking makes a Teams channel Fritidsjobnetværket's channel, so write this in that channel: @ForumBot link forum fritidsjob", card.Split('\n'));
        Assert.Null(await Links.GetLinkAsync("fritidsjob", CancellationToken.None));
    }

    [Fact]
    public async Task TilknytForum_AgainFromAnotherChannel_MovesTheLinkThere()
    {
        await SayAsync(TeamsActivities.ChannelMention(App.Connector.ServiceUrl, "tilknyt forum fritidsjob", "da-DK", DemoNetwork.ChairAad));
        var card = await SayAsync(InPlanningChannel(TeamsActivities.ChannelMention(App.Connector.ServiceUrl, "tilknyt forum Fritidsjobnetværket", "da-DK", DemoNetwork.ChairAad)));

        Assert.Contains("Fritidsjobnetværket var før tilknyttet Fritidsjob › General; den kanal får ikke mere fra ForumBot.", card.Split('\n'));
        Assert.Equal(PlanningChannel, (await Links.GetChannelAsync("fritidsjob", CancellationToken.None))?.ChannelId);
        var forums = await SayAsync(TeamsActivities.PersonalMessage(App.Connector.ServiceUrl, "fora", "da-DK", DemoNetwork.ChairAad));
        Assert.Equal("Fritidsjob › Planlægning", DemoNetwork.FactAfter(forums, "Fritidsjobnetværket (fritidsjob)", "Kanal"));
    }

    [Theory]
    [InlineData("link forum fodboldklubben", "en-GB", "No forum called “fodboldklubben”", "Forums: ")]
    [InlineData("tilknyt forum", "da-DK", "Hvilket forum?", "Fora: ")]
    public async Task LinkForum_UnknownOrMissingForum_ListsTheForumIds(string text, string locale, string heading, string listStart)
    {
        var card = await SayAsync(TeamsActivities.ChannelMention(App.Connector.ServiceUrl, text, locale, DemoNetwork.AdminAad));

        Assert.Contains(heading, card.Split('\n'));
        var list = Assert.Single(card.Split('\n'), l => l.StartsWith(listStart, StringComparison.Ordinal));
        Assert.Contains("fritidsjob (Fritidsjobnetværket)", list, StringComparison.Ordinal);
        Assert.Contains("civilsamfund (Civilsamfundsforum Tingbjerg-Husum)", list, StringComparison.Ordinal);
        Assert.Empty(await Links.GetAllLinksAsync(CancellationToken.None));
    }

    [Fact]
    public async Task LinkForum_UnknownSenderInAChannel_GetsTheNotRegisteredCardAndNothingStored()
    {
        var card = await SayAsync(TeamsActivities.ChannelMention(App.Connector.ServiceUrl, "link forum fritidsjob", "en-US", DemoNetwork.UnknownAad));

        Assert.Contains("You are not registered in the ForumBot network yet", card, StringComparison.Ordinal);
        Assert.Null(await Links.GetLinkAsync("fritidsjob", CancellationToken.None));
    }

    /// <summary>Posts the activity and returns the text of the one card it was answered with.</summary>
    private async Task<string> SayAsync(JsonObject activity)
    {
        var before = App.Connector.SentCards().Count;
        using var response = await App.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await App.Connector.WaitForAsync(before + 1);
        return CardText.Of(Assert.Single(App.Connector.SentCards().Skip(before)));
    }

    private static JsonObject InPlanningChannel(JsonObject activity)
    {
        activity["conversation"]!["id"] = PlanningChannel + ";messageid=1700000000999";
        activity["channelData"]!["channel"] = new JsonObject { ["id"] = PlanningChannel, ["name"] = "Planlægning" };
        return activity;
    }
}
