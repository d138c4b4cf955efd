using System.Net;
using ForumBot.Network;
using ForumBot.Network.Access;
using ForumBot.Network.FileFormat;
using ForumBot.Network.Registry;
using ForumBot.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace ForumBot.Tests.Network;

/// <summary>Resolving a sender's aadObjectId to a person, directly and through a real turn.</summary>
public sealed class NetworkIdentityTests
{
    [Theory]
    [InlineData(TestNetworkFile.AdminAad, "p-admin")]
    [InlineData(TestNetworkFile.ManagerAad, "p-manager")]
    [InlineData(TestNetworkFile.ChairAad, "p-chair")]
    [InlineData(TestNetworkFile.MemberAad, "p-member")]
    [InlineData(TestNetworkFile.ContactAad, "p-contact")]
    public async Task Resolve_RegisteredSender_FindsTheirPerson(string aadObjectId, string personId)
    {
        await using var host = await TestApp.StartAsync(NetworkTestApp.Options());
        await host.ImportAsync(TestNetworkFile.Create());

        var sender = await host.Get<NetworkIdentity>().ResolveAsync(aadObjectId.ToUpperInvariant(), CancellationToken.None);

        Assert.True(sender.IsRegistered);
        Assert.Equal(personId, sender.Person!.Id);
        Assert.True(sender.May(NetworkAction.ViewNetwork));
    }

    [Theory]
    [InlineData(TestNetworkFile.UnknownAad)]
    [InlineData("not-a-guid")]
    [InlineData(null)]
    public async Task Resolve_UnknownSender_IsNotRegistered(string? aadObjectId)
    {
        await using var host = await TestApp.StartAsync(NetworkTestApp.Options());
        await host.ImportAsync(TestNetworkFile.Create());

        var sender = await host.Get<NetworkIdentity>().ResolveAsync(aadObjectId, CancellationToken.None);

        Assert.False(sender.IsRegistered);
        Assert.False(sender.May(NetworkAction.ViewNetwork));
    }

    [Fact]
    public async Task Resolve_PersonImportedByAnotherInstanceAfterCaching_IsFoundByTheIndexAtOnce()
    {
        await using var service = await TestApp.StartAsync(NetworkTestApp.Options(settings: new Dictionary<string, string?> { ["Network:SnapshotRefreshSeconds"] = "3600" }));
        await using var admin = await TestApp.StartAsync(NetworkTestApp.Options(service.TablePrefix));
        await admin.ImportAsync(TestNetworkFile.Create().Without("people", "p-plain"));
        var identity = service.Get<NetworkIdentity>();
        Assert.False((await identity.ResolveAsync(TestNetworkFile.PlainAad, CancellationToken.None)).IsRegistered);

        await admin.ImportAsync(TestNetworkFile.Create());

        Assert.Equal("p-plain", (await identity.ResolveAsync(TestNetworkFile.PlainAad, CancellationToken.None)).Person?.Id);
    }

    [Fact]
    public void UnknownSenderCard_InBothLanguages_ShowsTheTeamsId()
    {
        var english = CardText.Of(UnknownSenderCard.Build(Localization.Language.English, TestNetworkFile.UnknownAad));
        var danish = CardText.Of(UnknownSenderCard.Build(Localization.Language.Danish, TestNetworkFile.UnknownAad));

        Assert.Contains($"You are not registered in the ForumBot network yet — ask your administrator to add you (your Teams id: {TestNetworkFile.UnknownAad}).", english, StringComparison.Ordinal);
        Assert.Contains($"Du er endnu ikke registreret i ForumBots netværk — bed din administrator om at tilføje dig (dit Teams-id: {TestNetworkFile.UnknownAad}).", danish, StringComparison.Ordinal);
    }
}

/// <summary>"who am i" through the real messages endpoint: the sender is identified per turn.</summary>
public sealed class WhoAmICommandTests : TestAppLifetime
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var definition = NetworkFileReader.Read(TestNetworkFile.Create().ToJsonString(), TestClock.Now).Definition!;
        var importer = App.Services.GetRequiredService<NetworkImporter>();
        await importer.ApplyAsync(await importer.PlanAsync(definition, CancellationToken.None), CancellationToken.None);
    }

    [Fact]
    public async Task WhoAmI_FromAChair_ShowsTheirForumsInEnglish()
    {
        using var response = await App.PostActivityAsync(TeamsActivities.PersonalMessage(App.Connector.ServiceUrl, "who am I", "en-GB", TestNetworkFile.ChairAad));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await App.Connector.WaitForAsync(1);
        var card = CardText.Of(Assert.Single(App.Connector.SentCards()));
        Assert.Contains("You are Camilla Formand", card, StringComparison.Ordinal);
        Assert.Contains("Fritidsjobnetværket", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HvemErJeg_FromAManager_AnswersInDanishWithTheirRole()
    {
        using var response = await App.PostActivityAsync(TeamsActivities.PersonalMessage(App.Connector.ServiceUrl, "Hvem er jeg", "da-DK", TestNetworkFile.ManagerAad));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await App.Connector.WaitForAsync(1);
        var card = CardText.Of(Assert.Single(App.Connector.SentCards()));
        Assert.Contains("Du er Mads Leder", card, StringComparison.Ordinal);
        Assert.Contains("leder", card.Split('\n'), StringComparer.Ordinal);
    }

    [Fact]
    public async Task Help_ListsWhoAmI()
    {
        using var response = await App.PostActivityAsync(TeamsActivities.PersonalMessage(App.Connector.ServiceUrl, "hjælp", "da-DK", TestNetworkFile.UnknownAad));

        await App.Connector.WaitForAsync(1);
        Assert.Contains("hvem er jeg", CardText.Of(Assert.Single(App.Connector.SentCards())), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "You are not registered in the ForumBot network yet")]
    [InlineData("da-DK", "Du er endnu ikke registreret i ForumBots netværk")]
    public async Task WhoAmI_FromAnUnknownSender_GetsTheNotRegisteredCard(string locale, string expected)
    {
        using var response = await App.PostActivityAsync(TeamsActivities.PersonalMessage(App.Connector.ServiceUrl, "whoami", locale, TestNetworkFile.UnknownAad));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await App.Connector.WaitForAsync(1);
        var card = CardText.Of(Assert.Single(App.Connector.SentCards()));
        Assert.Contains(expected, card, StringComparison.Ordinal);
        Assert.Contains(TestNetworkFile.UnknownAad, card, StringComparison.Ordinal);
    }
}
