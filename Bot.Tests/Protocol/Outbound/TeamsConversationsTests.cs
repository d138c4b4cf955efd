using System.Text.Json.Nodes;
using ForumBot.Protocol;
using ForumBot.Teams;
using ForumBot.Tests.Fixtures;

namespace ForumBot.Tests.Protocol.Outbound;

/// <summary>The exact bodies of proactive conversation creation, as they reach the connector.</summary>
public sealed class TeamsConversationsTests
{
    private const string TenantId = TeamsActivities.TenantId;
    private static readonly ChannelAccount Bot = new() { Id = TeamsActivities.BotId, Name = "ForumBot" };

    [Theory]
    [InlineData("29:1a2b3c-user-id")]
    [InlineData(TeamsActivities.UserAadObjectId)]
    public async Task CreatePersonalConversation_PostsOneToOneShapeAndReturnsId(string userId)
    {
        await using var harness = await TestApp.StartOutboundAsync(authenticated: true);

        var outcome = await harness.ConnectorClient().CreatePersonalConversationAsync(TenantId, userId, Bot, CancellationToken.None);

        Assert.Null(outcome.Failure);
        Assert.StartsWith("a:conv-", outcome.Conversation?.Id, StringComparison.Ordinal);
        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations", request.Path);
        Assert.Equal("Bearer " + TestTokenEndpoint.TokenNumber(1), request.Authorization);
        var expected = JsonNode.Parse($$"""
            {
              "isGroup": false,
              "bot": { "id": "{{TeamsActivities.BotId}}", "name": "ForumBot" },
              "members": [ { "id": "{{userId}}" } ],
              "tenantId": "{{TenantId}}",
              "channelData": { "tenant": { "id": "{{TenantId}}" } }
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, request.Body), request.Body?.ToJsonString());
    }

    [Fact]
    public async Task CreateChannelThread_PostsChannelShapeWithActivity()
    {
        await using var harness = await TestApp.StartOutboundAsync(authenticated: false);
        const string channelId = "19:general0123456789@thread.tacv2";
        var activity = new OutgoingActivity { Type = ActivityTypes.Message, Text = "Agenda for Thursday" };

        var outcome = await harness.ConnectorClient().CreateChannelThreadAsync(TenantId, channelId, activity, Bot, CancellationToken.None);

        Assert.NotNull(outcome.Conversation?.Id);
        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations", request.Path);
        var expected = JsonNode.Parse($$"""
            {
              "isGroup": true,
              "bot": { "id": "{{TeamsActivities.BotId}}", "name": "ForumBot" },
              "tenantId": "{{TenantId}}",
              "activity": { "type": "message", "text": "Agenda for Thursday" },
              "channelData": { "tenant": { "id": "{{TenantId}}" }, "channel": { "id": "{{channelId}}" } }
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, request.Body), request.Body?.ToJsonString());
    }

    [Fact]
    public async Task CreatePersonalConversation_UserBlockedTheBot_FailedBlocked()
    {
        await using var harness = await TestApp.StartOutboundAsync(authenticated: false);
        harness.Connector.Responder = _ => CapturingConnector.Error(403, "MessageWritesBlocked");

        var outcome = await harness.ConnectorClient().CreatePersonalConversationAsync(TenantId, "29:someone", Bot, CancellationToken.None);

        Assert.Equal(ConversationFailure.Blocked, outcome.Failure);
        Assert.Single(harness.Connector.Requests);
    }
}
