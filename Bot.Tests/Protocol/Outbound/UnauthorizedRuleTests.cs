using System.Net;
using ForumBot.Protocol;
using ForumBot.Tests.Fixtures;

namespace ForumBot.Tests.Protocol.Outbound;

/// <summary>The one rule for 401 (docs/protocol.md): one more try with a token acquired afresh, then the 401 is the caller's, permanent.</summary>
public sealed class UnauthorizedRuleTests
{
    private const string ConversationId = "a:personal-conversation";

    [Fact]
    public async Task Send_401ThenSuccess_RetriedOnceWithARenewedToken()
    {
        await using var harness = await TestApp.StartOutboundAsync(authenticated: true);
        harness.Connector.AnswerFirst(() => CapturingConnector.Answer(401));

        var outcome = await Send(harness);

        Assert.True(outcome.Succeeded);
        var attempts = harness.Connector.Requests;
        Assert.Equal(["Bearer " + TestTokenEndpoint.TokenNumber(1), "Bearer " + TestTokenEndpoint.TokenNumber(2)], attempts.Select(a => a.Authorization));
    }

    [Fact]
    public async Task Send_401EveryTime_SurfacedAfterExactlyOneRenewal()
    {
        await using var harness = await TestApp.StartOutboundAsync(authenticated: true);
        harness.Connector.Responder = _ => CapturingConnector.Answer(401);

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => Send(harness));

        Assert.Equal(HttpStatusCode.Unauthorized, failure.StatusCode);
        Assert.Equal(2, harness.Connector.Requests.Count);
    }

    private static Task<SendOutcome> Send(TestApp harness) =>
        harness.ConnectorClient().SendToConversationAsync(ConversationId, TestApp.Message("hello"), CancellationToken.None);
}
