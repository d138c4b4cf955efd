using System.Text.Json.Nodes;
using ForumBot.Agendas.Posting;
using ForumBot.Tests.Fixtures;
using ForumBot.Tests.Updates;
using Microsoft.Extensions.Time.Testing;

namespace ForumBot.Tests.Agendas;

/// <summary>
/// The posting tests' bot: the demo network with Fritidsjobnetværket's agenda three days before
/// its meeting (Saturday 28 November 2026 09:00 in Copenhagen, 08:00Z), so updates may still come
/// in after it is posted (the deadline is 29 November 09:00). Real HTTP, a capturing connector, a
/// fake clock, and the scheduler's steps driven by the test with a 10 s tick (so the one-minute
/// coalescing is what limits the updates, not the tick).
/// </summary>
public static class PostingTestApp
{
    public const string Forum = "fritidsjob";
    public const string MeetingId = DemoNetwork.FritidsjobMeetingId;
    public const string ChannelId = "19:general-channel@thread.tacv2";
    public static readonly DateTimeOffset AgendaAt = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    /// <summary>The agenda's lead in the posting tests' network: three days, before the updates' deadline (two days), so late updates still come in.</summary>
    public const int AgendaDaysBefore = 3;

    public static string ChannelPath => "/v3/conversations/" + Uri.EscapeDataString(ChannelId) + "/activities";

    public static string PostKey(string target = AgendaPostKeys.ChannelTarget) => AgendaPostKeys.Post(Forum, MeetingId, target);

    /// <param name="settings">More settings, e.g. the tenant, so the outbox can open 1:1 chats with people who never wrote.</param>
    public static TestAppOptions Options(FakeTimeProvider time, string? prefix = null, bool http = true, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Scheduling:TickSeconds"] = "10",
            ["Scheduling:RetryBaseDelayMilliseconds"] = "20",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new() { Time = time, TablePrefix = prefix, Connector = http, Http = http, Settings = all };
    }

    /// <summary>Starts the bot on <paramref name="time"/> and imports the demo network with the earlier agenda.</summary>
    public static async Task<TestApp> StartAsync(FakeTimeProvider time, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var app = await TestApp.StartAsync(Options(time, settings: settings));
        var network = JsonNode.Parse(await File.ReadAllTextAsync(DemoNetwork.FilePath))!.AsObject();
        network["forums"]!.AsArray().Single(f => f!["id"]!.GetValue<string>() == Forum)!["agendaDaysBefore"] = AgendaDaysBefore;
        var run = await app.ImportAsync(network);
        Assert.True(run.ExitCode == 0, run.Errors);
        return app;
    }

    /// <summary>"tilknyt forum fritidsjob" @mentioned in the team's channel by the forum's chair, through the real endpoint.</summary>
    public static async Task LinkChannelAsync(this TestApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var response = await app.PostActivityAsync(TeamsActivities.ChannelMention(app.Connector.ServiceUrl, "tilknyt forum " + Forum, "da-DK", DemoNetwork.ChairAad));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        await app.Connector.WaitForAsync(1);
    }

    /// <summary>
    /// Scheduler steps of every app side by side, the clock moving <paramref name="step"/> between
    /// them, until <paramref name="until"/>. A step that waits on the clock itself (a rate limit, a
    /// backoff) gets it moved in small increments until it is done.
    /// </summary>
    public static async Task RunSchedulersAsync(FakeTimeProvider time, DateTimeOffset until, TimeSpan step, params TestApp[] apps)
    {
        ArgumentNullException.ThrowIfNull(time);
        while (time.GetUtcNow() < until)
        {
            var run = Task.WhenAll(apps.Select(a => a.Scheduler.RunOnceAsync(CancellationToken.None)));
            while (!run.IsCompleted)
            {
                // Real time first: storage calls under load take a while, and the clock should not drift for them.
                if (await Task.WhenAny(run, Task.Delay(250)) != run)
                {
                    time.Advance(TimeSpan.FromMilliseconds(100));
                }
            }

            await run;
            time.Advance(step);
        }
    }

    /// <summary>Submits an update for the initiative as its contact would, through the card the request sent.</summary>
    public static async Task SubmitUpdateAsync(this TestApp app, string personId, string initiativeId, string status, string barriers)
    {
        ArgumentNullException.ThrowIfNull(app);
        var requests = await app.RequestsAsync(DemoNetwork.FritidsjobPrompt);
        var card = UpdateCards.Card(requests.Single(w => w.Key.EndsWith($"|{personId}|{initiativeId}", StringComparison.Ordinal)));
        await app.ExecuteAsync(DemoNetwork.Person(personId), "update.submit", UpdateCards.Press(card, "update.submit",
            ("status", status), ("reached", "4"), ("wentWell", string.Empty), ("barriers", barriers),
            ("needs", string.Empty), ("needsFrom", string.Empty), ("escalateTo", string.Empty), ("escalationReason", string.Empty)));
    }
}
