using ForumBot.Agendas.Posting;
using System.Net;
using System.Text.Json.Nodes;
using ForumBot.Agendas.Meetings;
using ForumBot.Scheduling;
using ForumBot.Scheduling.Outbox;
using ForumBot.Storage;
using ForumBot.Tests.Fixtures;
using ForumBot.Tests.Updates;
using Microsoft.Extensions.Time.Testing;

namespace ForumBot.Tests.Agendas;

/// <summary>
/// The meeting-cycle tests' bot and what they do with it as Teams would: write in a 1:1 or in the
/// forum's channel, read the agenda card back, press its buttons (in a 1:1 or in the channel).
/// Fritidsjobnetværket meets Tuesday 1 December 2026 09:00–10:30 Copenhagen time (08:00–09:30Z).
/// </summary>
public static class MeetingsTestApp
{
    public const string Forum = "fritidsjob";
    public const string MeetingId = DemoNetwork.FritidsjobMeetingId;
    public const string NextMeetingId = "2027-01-05T09:00";

    /// <summary>Half an hour into the meeting.</summary>
    public static readonly DateTimeOffset DuringTheMeeting = DemoNetwork.FritidsjobMeeting.AddMinutes(30);

    public static readonly DateTimeOffset MeetingEnd = DemoNetwork.FritidsjobMeeting.AddMinutes(90);

    public const string ChannelId = "19:general-channel@thread.tacv2";

    public static TestAppOptions At(DateTimeOffset now) => new()
    {
        Time = new FakeTimeProvider(now),
        Connector = true,
        CaptureLogs = true,
        DemoNetwork = true,
    };

    public static MeetingStore Meetings(this TestApp app) => app.Get<MeetingStore>();

    public static Task<MeetingRecord> RecordAsync(this TestApp app, string meetingId = MeetingId) =>
        app.Meetings().ReadAsync(Forum, meetingId, CancellationToken.None);

    /// <summary>Writes in the person's 1:1 chat; returns the bot's reply: its text, or its card.</summary>
    public static async Task<JsonNode> SayAsync(this TestApp app, string aadObjectId, string text, string locale) =>
        await ReplyToAsync(app, TeamsActivities.PersonalMessage(app.Connector.ServiceUrl, text, locale, aadObjectId));

    /// <summary>Writes in the demo channel, @mentioning the bot; returns the bot's reply.</summary>
    public static async Task<JsonNode> InChannelAsync(this TestApp app, string aadObjectId, string text, string locale = "da-DK") =>
        await ReplyToAsync(app, TeamsActivities.ChannelMention(app.Connector.ServiceUrl, text, locale, aadObjectId));

    /// <summary>Links the demo channel to the forum, as its chair does.</summary>
    public static Task<JsonNode> LinkForumChannelAsync(this TestApp app) => app.InChannelAsync(DemoNetwork.ChairAad, "tilknyt forum fritidsjob");

    /// <summary>The agenda card the person gets in a 1:1.</summary>
    public static async Task<JsonObject> AgendaAsync(this TestApp app, string aadObjectId, string locale = "da-DK") =>
        Assert.IsType<JsonObject>(await app.SayAsync(aadObjectId, locale.StartsWith("da", StringComparison.Ordinal) ? "dagsorden fritidsjob" : "agenda fritidsjob", locale));

    /// <summary>Presses an Action.Execute button of a card posted in the demo channel.</summary>
    public static async Task<JsonObject> ExecuteInChannelAsync(this TestApp app, string aadObjectId, string verb, JsonObject data, string locale = "da-DK")
    {
        var activity = TeamsActivities.ChannelMention(app.Connector.ServiceUrl, string.Empty, locale, aadObjectId);
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity.Remove("text");
        activity.Remove("entities");
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() },
            ["trigger"] = "manual",
        };
        using var response = await app.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        CardDump.WriteInvokeResponse(body);
        return body;
    }

    /// <summary>The data a press of the item's <paramref name="verb"/> button posts, found under the item's title line ("4. Kom i gang – første fritidsjob").</summary>
    public static JsonObject ItemButton(JsonNode card, string itemLine, string verb)
    {
        var items = Containers(card).FirstOrDefault(list => list.Any(n => n?["text"]?.GetValue<string>() == itemLine))
            ?? throw new Xunit.Sdk.XunitException($"“{itemLine}” is not on the card:\n{CardText.Of(card)}");
        var start = items.Select((n, i) => (n, i)).First(x => x.n?["text"]?.GetValue<string>() == itemLine).i;
        for (var i = start + 1; i < items.Count; i++)
        {
            if (items[i]?["weight"]?.GetValue<string>() == "Bolder" && items[i]?["text"]?.GetValue<string>() is { } text && char.IsAsciiDigit(text[0]))
            {
                break;
            }

            if (items[i]?["type"]?.GetValue<string>() == "ActionSet")
            {
                return items[i]!["actions"]!.AsArray().Select(a => a!.AsObject()).Single(a => a["verb"]!.GetValue<string>() == verb)["data"]!.DeepClone().AsObject();
            }
        }

        throw new Xunit.Sdk.XunitException($"“{itemLine}” has no {verb} button:\n{CardText.Of(card)}");
    }

    /// <summary>The lines a user reads on a card or in a text reply.</summary>
    public static string[] Lines(JsonNode reply) => (reply is JsonValue text ? text.GetValue<string>() : CardText.Of(reply)).Split('\n');

    /// <summary>What the bot answered an invoke with: the card, or the message's text.</summary>
    public static JsonNode Answer(JsonObject invokeBody) => invokeBody["type"]!.GetValue<string>() == CardDump.AdaptiveCardContentType
        ? invokeBody["value"]!.AsObject()
        : JsonValue.Create(invokeBody["value"]!.GetValue<string>());

    /// <summary>An agenda posted in the forum's channel, as the posting's source enqueues it (its key and target).</summary>
    public static async Task<string> PostAgendaInChannelAsync(this TestApp app)
    {
        var key = AgendaPostKeys.Post(Forum, MeetingId, AgendaPostKeys.ChannelTarget);
        var card = await app.AgendaAsync(DemoNetwork.ChairAad);
        await app.Outbox.EnqueueAsync(new DueWork(key, "agenda-post", app.Time.GetUtcNow(), new MessageTarget.Conversation("channel", ChannelId),
            ForumBot.Protocol.MessageFactory.Card(card), "test agenda post"), CancellationToken.None);
        return key;
    }

    /// <summary>The card of an enqueued message, as stored in the outbox.</summary>
    public static async Task<JsonObject> OutboxCardAsync(this TestApp app, string key)
    {
        var row = (await app.Table(TableNames.Outbox).GetEntityAsync<OutboxRow>(OutboxKeys.Bucket(key), OutboxKeys.ItemRow(key))).Value;
        var activity = OutboxRows.ReadActivity(row);
        var card = JsonNode.Parse(activity.Attachments!.Single().Content!.Value.GetRawText())!.AsObject();
        CardDump.Write(card);
        return card;
    }

    /// <summary>Every outbox message whose key starts so (tests only: a scan).</summary>
    public static async Task<List<string>> OutboxKeysAsync(this TestApp app, string prefix) =>
        [.. (await app.RowsAsync(TableNames.Outbox))
            .Where(r => r.RowKey.StartsWith("k|", StringComparison.Ordinal))
            .Select(r => r.GetString("Key"))
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    /// <summary>Two updates as in the agenda tests: "Kom i gang – første fritidsjob" blocked, "Fritidsjob i Tingbjerg-Husum" at risk (the app's clock must stand at the prompt).</summary>
    public static async Task SubmitTwoUpdatesAsync(this TestApp app)
    {
        var requests = await app.RequestsAsync(DemoNetwork.FritidsjobPrompt);
        JsonObject Card(string initiativeId) => UpdateCards.Card(requests.Single(w => w.Key.EndsWith($"|p-frontline-demo|{initiativeId}", StringComparison.Ordinal)));
        await app.ExecuteAsync(DemoNetwork.Sara, "update.submit", UpdateCards.Press(Card("fritidsjob-kk"), "update.submit",
            ("status", "at-risk"), ("reached", "12"), ("wentWell", "Fem nye unge i fritidsjob"), ("barriers", AgendaFixture.AtRiskBarrier),
            ("needs", AgendaFixture.AtRiskNeed), ("needsFrom", "kk-jobcenter,klub-tingbjerg"), ("escalateTo", string.Empty), ("escalationReason", string.Empty)));
        await app.ExecuteAsync(DemoNetwork.Sara, "update.submit", UpdateCards.Press(Card("kom-i-gang-job"), "update.submit",
            ("status", "blocked"), ("reached", "3"), ("wentWell", "Tre unge i gang"), ("barriers", AgendaFixture.BlockedBarrier),
            ("needs", string.Empty), ("needsFrom", string.Empty), ("escalateTo", string.Empty), ("escalationReason", string.Empty)));
    }

    private static async Task<JsonNode> ReplyToAsync(TestApp app, JsonObject activity)
    {
        static bool IsMessage(CapturedRequest r) => r.Body?["type"]?.GetValue<string>() == "message";
        var before = app.Connector.Requests.Count(IsMessage);
        using var response = await app.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = (await app.Connector.WaitForAsync(before + 1, IsMessage))[^1].Body!;
        if (reply["attachments"] is JsonArray { Count: > 0 } attachments)
        {
            return attachments[0]!["content"]!.DeepClone();
        }

        return JsonValue.Create(reply["text"]?.GetValue<string>() ?? string.Empty);
    }

    private static IEnumerable<JsonArray> Containers(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (name is "body" or "items" && value is JsonArray list)
                    {
                        yield return list;
                    }

                    foreach (var inner in Containers(value))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var inner in Containers(item))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }
}
