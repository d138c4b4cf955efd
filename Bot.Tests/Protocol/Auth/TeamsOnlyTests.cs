using System.Net;
using System.Text.Json.Nodes;
using ForumBot.Teams;
using ForumBot.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace ForumBot.Tests.Protocol.Auth;

/// <summary>
/// Teams is the only channel: a Web Chat or Direct Line activity with a token that is valid in
/// every respect (its signing key endorsed for that channel, serviceurl matching) is refused
/// with 403, runs no turn, sends nothing and stores no conversation reference.
/// </summary>
public sealed class TeamsOnlyTests(AuthenticatedBotFixture fixture) : IClassFixture<AuthenticatedBotFixture>
{
    [Fact]
    public async Task Post_WebChatActivityWithValidToken_Returns403AndNothingHappens()
    {
        var activity = Message("webchat");
        var token = fixture.Issuer.CreateToken(fixture.ValidSpec());

        Assert.Equal(HttpStatusCode.Forbidden, await fixture.PostAsync(activity, token));
        await AssertNothingHappenedAsync(activity);
    }

    [Fact]
    public async Task Post_DirectLineActivityWithValidToken_Returns403AndNothingHappens()
    {
        var activity = Message("directline");
        var token = fixture.Issuer.CreateToken(fixture.ValidSpec() with { Key = fixture.Issuer.DirectLineKey });

        Assert.Equal(HttpStatusCode.Forbidden, await fixture.PostAsync(activity, token));
        await AssertNothingHappenedAsync(activity);
    }

    [Fact]
    public async Task Post_TeamsActivityFromTheSameIssuer_Returns200AndReplies()
    {
        var activity = Message("msteams");

        Assert.Equal(HttpStatusCode.OK, await fixture.PostAsync(activity, fixture.Issuer.CreateToken(fixture.ValidSpec())));
        Assert.Single(await fixture.Connector.WaitForAsync(1, r => r.Path.EndsWith("/activities/" + activity["id"], StringComparison.Ordinal)));
        Assert.NotNull(await References().GetAsync(ConversationKinds.Personal, Sender(activity), CancellationToken.None));
    }

    private static string Sender(JsonObject activity) => (string)activity["from"]!["aadObjectId"]!;

    /// <summary>From a person of its own, so no other test writes their reference.</summary>
    private JsonObject Message(string channelId)
    {
        var activity = TeamsActivities.PersonalMessage(fixture.Connector.ServiceUrl, "help", aadObjectId: Guid.NewGuid().ToString());
        activity["channelId"] = channelId;
        return activity;
    }

    private ConversationReferenceStore References() => fixture.Bot.Services.GetRequiredService<ConversationReferenceStore>();

    private async Task AssertNothingHappenedAsync(JsonObject activity)
    {
        // A turn that ran would have answered "help" by now; give a wrongly admitted one a moment to show.
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.DoesNotContain(fixture.Connector.Requests, r => r.Path.Contains((string)activity["id"]!, StringComparison.Ordinal));
        Assert.Null(await References().GetAsync(ConversationKinds.Personal, Sender(activity), CancellationToken.None));
    }
}
