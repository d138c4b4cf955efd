using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ForumBot.Tests.Fixtures;

namespace ForumBot.Tests.Protocol;

public sealed class InvokeTests : TestAppLifetime
{
    private JsonObject Invoke(string name, JsonNode? value)
    {
        var activity = TeamsActivities.PersonalMessage(App.Connector.ServiceUrl, string.Empty);
        activity["type"] = "invoke";
        activity["name"] = name;
        activity["value"] = value;
        activity.Remove("text");
        return activity;
    }

    [Fact]
    public async Task AdaptiveCardAction_UnknownVerb_Answers400WithErrorBody()
    {
        var value = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "no.such.verb", ["data"] = new JsonObject() } };

        using var response = await App.PostActivityAsync(Invoke("adaptiveCard/action", value));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(400, body!["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task AdaptiveCardAction_WithoutVerb_Answers400()
    {
        using var response = await App.PostActivityAsync(Invoke("adaptiveCard/action", new JsonObject { ["action"] = new JsonObject() }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task UnknownInvokeName_Answers501()
    {
        using var response = await App.PostActivityAsync(Invoke("composeExtension/query", new JsonObject()));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }
}
