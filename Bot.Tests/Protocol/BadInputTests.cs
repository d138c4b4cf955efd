using System.Net;
using System.Text;
using ForumBot.Tests.Fixtures;

namespace ForumBot.Tests.Protocol;

public sealed class BadInputTests : TestAppLifetime
{
    private async Task<HttpResponseMessage> PostRawAsync(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        return await App.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }

    [Fact]
    public async Task Post_BodyOver256KB_Answers413()
    {
        var activity = TeamsActivities.PersonalMessage(App.Connector.ServiceUrl, new string('x', 300 * 1024));

        using var response = await App.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(App.Connector.Requests);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"type\": 5}")]
    public async Task Post_MalformedJson_Answers400(string body)
    {
        using var response = await PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("type")]
    [InlineData("conversation")]
    public async Task Post_MissingRequiredField_Answers400(string field)
    {
        var activity = TeamsActivities.PersonalMessage(App.Connector.ServiceUrl, "help");
        activity.Remove(field);

        using var response = await App.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("http://[not-a-host")]
    [InlineData("not a url")]
    [InlineData("/relative/path")]
    [InlineData("ftp://smba.trafficmanager.net/emea/")]
    [InlineData("")]
    public async Task Post_MalformedServiceUrl_Answers400(string serviceUrl)
    {
        var activity = TeamsActivities.PersonalMessage(App.Connector.ServiceUrl, "help");
        activity["serviceUrl"] = serviceUrl;

        using var response = await App.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(App.Connector.Requests);
    }

    [Fact]
    public async Task Post_ServiceUrlNotAString_Answers400()
    {
        var activity = TeamsActivities.PersonalMessage(App.Connector.ServiceUrl, "help");
        activity["serviceUrl"] = 42;

        using var response = await App.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnknownActivityType_Answers200AndIgnoresIt()
    {
        var activity = TeamsActivities.PersonalMessage(App.Connector.ServiceUrl, "help");
        activity["type"] = "somethingNew";

        using var response = await App.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(200);
        Assert.Empty(App.Connector.Requests);
    }

    [Fact]
    public async Task Post_ConnectorFailsDuringReply_UserGetsNoStackTraceAndChannelGets200()
    {
        var calls = 0;
        App.Connector.Responder = request => Interlocked.Increment(ref calls) == 1
            ? Microsoft.AspNetCore.Http.Results.StatusCode(400)
            : Microsoft.AspNetCore.Http.Results.Json(new { id = "x" }, statusCode: 201);

        using var response = await App.PostActivityAsync(TeamsActivities.PersonalMessage(App.Connector.ServiceUrl, "help", "da-DK"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var requests = await App.Connector.WaitForAsync(2);
        var apology = requests[1].Body!["text"]!.GetValue<string>();
        Assert.StartsWith("Beklager, noget gik galt hos os.", apology, StringComparison.Ordinal);
        Assert.Matches(@"\(Reference: [0-9a-f]{12}\)", apology);
        Assert.DoesNotContain("Exception", apology, StringComparison.Ordinal);
    }
}
