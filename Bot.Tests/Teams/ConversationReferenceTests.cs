using System.Net;
using System.Text.Json.Nodes;
using ForumBot.Teams;
using ForumBot.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace ForumBot.Tests.Teams;

public sealed class ConversationReferenceTests : TestAppLifetime
{
    private ConversationReferenceStore Store => App.Services.GetRequiredService<ConversationReferenceStore>();

    [Fact]
    public async Task PersonalMessage_StoresReferenceWithItsServiceUrl()
    {
        using var response = await App.PostActivityAsync(TeamsActivities.PersonalMessage(App.Connector.ServiceUrl, "help"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var stored = await Store.GetAsync(ConversationKinds.Personal, TeamsActivities.UserAadObjectId, CancellationToken.None);

        Assert.NotNull(stored);
        Assert.Equal(App.Connector.ServiceUrl.ToString(), stored.ServiceUrl.OriginalString);
        Assert.Equal("a:personal-" + TeamsActivities.UserAadObjectId, stored.ConversationId);
        Assert.Equal(TeamsActivities.TenantId, stored.TenantId);
        Assert.True(stored.Active);
    }

    [Fact]
    public async Task PersonalMessageWithoutAadObjectId_StoresNoPersonalReference_NotEvenUnderFromId()
    {
        var activity = TeamsActivities.PersonalMessage(App.Connector.ServiceUrl, "help", aadObjectId: null);
        var fromId = (string)activity["from"]!["id"]!;

        using var response = await App.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await Store.GetAsync(ConversationKinds.Personal, fromId, CancellationToken.None));
        Assert.Empty(await Store.ListAsync(ConversationKinds.Personal, 10, CancellationToken.None));
        var tenant = await Store.GetAsync(ConversationKinds.Tenant, TeamsActivities.TenantId, CancellationToken.None);
        Assert.Equal(App.Connector.ServiceUrl.ToString(), tenant!.ServiceUrl.OriginalString);
    }

    [Fact]
    public async Task AnyActivity_RecordsTheTenantsServiceUrlForProactiveChats()
    {
        await App.PostActivityAsync(TeamsActivities.ChannelMention(App.Connector.ServiceUrl, "help"));

        var tenant = await Store.GetAsync(ConversationKinds.Tenant, TeamsActivities.TenantId, CancellationToken.None);

        Assert.Equal(App.Connector.ServiceUrl.ToString(), tenant!.ServiceUrl.OriginalString);
        Assert.Equal(TeamsActivities.BotId, tenant.BotId);
    }

    [Fact]
    public async Task LaterActivity_FromAnotherServiceUrl_RefreshesTheReference()
    {
        await App.PostActivityAsync(TeamsActivities.PersonalMessage(App.Connector.ServiceUrl, "help"));
        await using var moved = await CapturingConnector.StartAsync();

        await App.PostActivityAsync(TeamsActivities.PersonalMessage(moved.ServiceUrl, "help"));

        var stored = await Store.GetAsync(ConversationKinds.Personal, TeamsActivities.UserAadObjectId, CancellationToken.None);
        Assert.Equal(moved.ServiceUrl.ToString(), stored!.ServiceUrl.OriginalString);
        Assert.Single(await moved.WaitForAsync(1));
    }

    [Fact]
    public async Task BotAddedToTeam_StoresChannelReference_ThenRemoved_MarksItInactive()
    {
        var added = TeamsActivities.ChannelMention(App.Connector.ServiceUrl, string.Empty);
        added["type"] = "conversationUpdate";
        added.Remove("text");
        added["membersAdded"] = new JsonArray(new JsonObject { ["id"] = TeamsActivities.BotId });
        added["conversation"]!["id"] = "19:general-channel@thread.tacv2";

        Assert.Equal(HttpStatusCode.OK, (await App.PostActivityAsync(added)).StatusCode);
        var stored = await Store.GetAsync(ConversationKinds.Channel, "19:general-channel@thread.tacv2", CancellationToken.None);
        Assert.True(stored!.Active);
        Assert.Equal("19:team-root@thread.tacv2", stored.TeamId);

        var removed = added.DeepClone().AsObject();
        removed["id"] = "removal-1";
        removed.Remove("membersAdded");
        removed["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = TeamsActivities.BotId });
        Assert.Equal(HttpStatusCode.OK, (await App.PostActivityAsync(removed)).StatusCode);

        var after = await Store.GetAsync(ConversationKinds.Channel, "19:general-channel@thread.tacv2", CancellationToken.None);
        Assert.False(after!.Active);
        Assert.Equal("bot removed", after.DeadReason);
    }

    [Fact]
    public async Task InstallationRemove_InPersonalChat_MarksReferenceInactive()
    {
        await App.PostActivityAsync(TeamsActivities.PersonalMessage(App.Connector.ServiceUrl, "help"));
        var uninstall = TeamsActivities.PersonalMessage(App.Connector.ServiceUrl, string.Empty);
        uninstall["type"] = "installationUpdate";
        uninstall["action"] = "remove";

        await App.PostActivityAsync(uninstall);

        var stored = await Store.GetAsync(ConversationKinds.Personal, TeamsActivities.UserAadObjectId, CancellationToken.None);
        Assert.False(stored!.Active);
    }

    [Fact]
    public async Task RedeliveredActivity_IsHandledOnce()
    {
        var activity = TeamsActivities.PersonalMessage(App.Connector.ServiceUrl, "help");

        using var first = await App.PostActivityAsync(activity);
        using var second = await App.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await Task.Delay(300);
        Assert.Single(App.Connector.Requests);
    }

    [Fact]
    public async Task RedeliveredInvoke_IsAnsweredWithAMessageNotABare200()
    {
        var invoke = TeamsActivities.PersonalMessage(App.Connector.ServiceUrl, string.Empty);
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "no.such.verb" } };

        using var first = await App.PostActivityAsync(invoke);
        using var second = await App.PostActivityAsync(invoke);

        var body = await second.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("application/vnd.microsoft.activity.message", body, StringComparison.Ordinal);
        Assert.Contains("already received", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameActivityId_InAnotherConversation_IsNotADuplicate()
    {
        var first = TeamsActivities.PersonalMessage(App.Connector.ServiceUrl, "help");
        var other = TeamsActivities.PersonalMessage(App.Connector.ServiceUrl, "help", aadObjectId: "0b2c4d6e-8f0a-4b1c-9d2e-3f4a5b6c7d8e");
        other["id"] = first["id"]!.GetValue<string>();

        await App.PostActivityAsync(first);
        await App.PostActivityAsync(other);

        Assert.Equal(2, (await App.Connector.WaitForAsync(2)).Count);
    }

    [Fact]
    public async Task LaterUpsert_WithoutAField_KeepsWhatAnEarlierOneStored()
    {
        await App.Services.GetRequiredService<ForumBot.Storage.TableInitializer>().WhenReady(CancellationToken.None);
        var now = new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.Zero);
        var first = new ConversationReference(ConversationKinds.Channel, "19:forum@thread.tacv2", "19:forum@thread.tacv2", App.Connector.ServiceUrl,
            TeamsActivities.TenantId, TeamsActivities.BotId, "ForumBot", null, null, "19:team", "19:forum@thread.tacv2", "da-DK", true, null, now);
        await Store.UpsertAsync(first, CancellationToken.None);

        await Store.UpsertAsync(first with { TeamId = null, Locale = null, UpdatedAt = now.AddHours(1) }, CancellationToken.None);

        var stored = await Store.GetAsync(ConversationKinds.Channel, "19:forum@thread.tacv2", CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal("19:team", stored.TeamId);
        Assert.Equal("da-DK", stored.Locale);
        Assert.Equal(now.AddHours(1), stored.UpdatedAt);
        Assert.Equal(App.Connector.ServiceUrl, stored.ServiceUrl);
    }
}
