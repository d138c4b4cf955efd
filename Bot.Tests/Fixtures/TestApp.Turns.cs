using System.Net;
using System.Text.Json.Nodes;

namespace ForumBot.Tests.Fixtures;

/// <summary>
/// Turns as Teams sends them to the app's connector (<see cref="TestAppOptions.Connector"/>): a
/// text in a person's 1:1, an Action.Execute press, an Action.Submit. Every card answered is dumped.
/// </summary>
public sealed partial class TestApp
{
    /// <summary>Presses an Action.Execute button as Teams does: an adaptiveCard/action invoke. Returns the invoke response body.</summary>
    public async Task<JsonObject> ExecuteAsync(DemoPerson person, string verb, JsonObject data, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        var activity = TeamsActivities.PersonalMessage(Connector.ServiceUrl, string.Empty, locale ?? person.Locale, person.AadObjectId);
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity.Remove("text");
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        using var response = await PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        CardDump.WriteInvokeResponse(body);
        return body;
    }

    /// <summary>Presses an Action.Submit button: a message whose value is the data plus the inputs, replying to the card.</summary>
    public async Task SubmitAsync(DemoPerson person, JsonObject value, string cardActivityId, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        var activity = TeamsActivities.PersonalMessage(Connector.ServiceUrl, string.Empty, locale ?? person.Locale, person.AadObjectId);
        activity.Remove("text");
        activity["value"] = value;
        activity["replyToId"] = cardActivityId;
        using var response = await PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Sends a text in the person's 1:1 chat and returns the bot's text reply.</summary>
    public async Task<string> SayAsync(DemoPerson person, string text, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        static bool IsMessage(CapturedRequest r) => r.Body?["type"]?.GetValue<string>() == "message";
        var before = Connector.Requests.Count(IsMessage);
        using var response = await PostActivityAsync(TeamsActivities.PersonalMessage(Connector.ServiceUrl, text, locale ?? person.Locale, person.AadObjectId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await Connector.WaitForAsync(before + 1, IsMessage);
        return replies[^1].Body!["text"]?.GetValue<string>() ?? string.Empty;
    }

    /// <summary>Writes <paramref name="text"/> in a 1:1 chat and returns what the one card the bot answers says.
    /// Each question gets its own capturing connector, so tests sharing the app never see each other's replies.</summary>
    public async Task<string> AskAsync(string text, string locale, string aadObjectId)
    {
        await using var connector = await CapturingConnector.StartAsync();
        using var response = await PostActivityAsync(TeamsActivities.PersonalMessage(connector.ServiceUrl, text, locale, aadObjectId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await connector.WaitForAsync(1);
        return CardText.Of(Assert.Single(connector.SentCards()));
    }
}
