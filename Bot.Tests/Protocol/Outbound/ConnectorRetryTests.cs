using System.Net;
using System.Text.Json.Nodes;
using ForumBot.Protocol;
using ForumBot.Tests.Fixtures;

namespace ForumBot.Tests.Protocol.Outbound;

public sealed class ConnectorRetryTests
{
    private const string ConversationId = "a:personal-conversation";

    [Fact]
    public async Task Send_429WithRetryAfterOneSecond_WaitsAtLeastThatLongThenSucceeds()
    {
        await using var harness = await TestApp.StartOutboundAsync(authenticated: false);
        harness.Connector.AnswerFirst(() => CapturingConnector.Answer(429, null, ("Retry-After", "1")));

        var outcome = await Send(harness);

        Assert.True(outcome.Succeeded);
        Assert.NotNull(outcome.ActivityId);
        var attempts = harness.Connector.Requests;
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromSeconds(1), $"waited only {attempts[1].At - attempts[0].At}");
    }

    [Fact]
    public async Task Send_429WithRetryAfterBeyondCap_NotRetriedAndSurfacedAs429()
    {
        await using var harness = await TestApp.StartOutboundAsync(authenticated: false);
        harness.Connector.AnswerFirst(() => CapturingConnector.Answer(429, null, ("Retry-After", "120")));

        var failure = await Assert.ThrowsAsync<ConnectorThrottledException>(() => Send(harness));

        Assert.Equal(HttpStatusCode.TooManyRequests, failure.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(120), failure.RetryAfter?.Delta);
        Assert.Single(harness.Connector.Requests);
    }

    [Fact]
    public async Task Send_TwoServerErrorsThenSuccess_RetriedWithSameBodyAndToken()
    {
        await using var harness = await TestApp.StartOutboundAsync(authenticated: true);
        harness.Connector.AnswerFirst(() => CapturingConnector.Answer(503), () => CapturingConnector.Answer(500));

        var outcome = await Send(harness, "the body");

        Assert.True(outcome.Succeeded);
        var attempts = harness.Connector.Requests;
        Assert.Equal(3, attempts.Count);
        Assert.All(attempts, a => Assert.Equal("POST", a.Method));
        Assert.All(attempts, a => Assert.Equal("the body", a.Body?["text"]?.GetValue<string>()));
        Assert.All(attempts, a => Assert.True(JsonNode.DeepEquals(attempts[0].Body, a.Body)));
        Assert.All(attempts, a => Assert.Equal("Bearer " + TestTokenEndpoint.TokenNumber(1), a.Authorization));
    }

    [Fact]
    public async Task Send_ServerErrorEveryTime_GivesUpAfterThreeRetries()
    {
        await using var harness = await TestApp.StartOutboundAsync(authenticated: false);
        harness.Connector.Responder = _ => CapturingConnector.Answer(502);

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => Send(harness));

        Assert.Equal(HttpStatusCode.BadGateway, failure.StatusCode);
        Assert.Equal(4, harness.Connector.Requests.Count);
    }

    [Fact]
    public async Task Send_AttemptTimesOut_RetriedThenSucceeds()
    {
        var settings = TestApp.FastConnectorRetries();
        settings["ForumBot:Connector:AttemptTimeoutMilliseconds"] = "300";
        await using var harness = await TestApp.StartOutboundAsync(authenticated: false, settings);
        harness.Connector.AnswerFirst(() => CapturingConnector.Delayed(TimeSpan.FromSeconds(3), CapturingConnector.Answer(201, new { id = "late" })));

        var outcome = await Send(harness);

        Assert.True(outcome.Succeeded);
        Assert.NotEqual("late", outcome.ActivityId);
        Assert.Equal(2, harness.Connector.Requests.Count);
    }

    [Theory]
    [InlineData(403, "MessageWritesBlocked", ConversationFailure.Blocked)]
    [InlineData(404, "ConversationNotFound", ConversationFailure.Gone)]
    public async Task Send_ConversationRefused_FailedWithTheReasonWithoutRetry(int status, string code, ConversationFailure reason)
    {
        await using var harness = await TestApp.StartOutboundAsync(authenticated: false);
        harness.Connector.Responder = _ => CapturingConnector.Error(status, code);

        var outcome = await Send(harness);

        Assert.Equal(SendOutcome.Failed(reason), outcome);
        Assert.Single(harness.Connector.Requests);
    }

    [Fact]
    public async Task Send_400_NotRetriedAndSurfacedWithStatus()
    {
        await using var harness = await TestApp.StartOutboundAsync(authenticated: false);
        harness.Connector.Responder = _ => CapturingConnector.Error(400, "BadArgument");

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => Send(harness));

        Assert.Equal(HttpStatusCode.BadRequest, failure.StatusCode);
        Assert.Single(harness.Connector.Requests);
    }

    private static Task<SendOutcome> Send(TestApp harness, string text = "hello") =>
        harness.ConnectorClient().SendToConversationAsync(ConversationId, TestApp.Message(text), CancellationToken.None);
}
