using System.Net;
using System.Text.Json.Nodes;
using ForumBot.Cli;
using ForumBot.Network.Admin;
using ForumBot.Scheduling;
using ForumBot.Storage;
using ForumBot.Tests.Fixtures;
using ForumBot.Updates.Requests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ForumBot.Tests.Updates;

/// <summary>
/// The real bot on loopback with a fake clock, the demo network imported, a capturing connector
/// for Teams and a log capture; helpers post real Action.Execute invokes and Action.Submit
/// messages and return what the bot answered. Every card the bot answers with is dumped.
/// </summary>
public sealed class UpdatesHost : IAsyncDisposable
{
    private UpdatesHost(BotApp bot, CapturingConnector connector, FakeTimeProvider time, LogCapture logs)
    {
        Bot = bot;
        Connector = connector;
        Time = time;
        Logs = logs;
    }

    public BotApp Bot { get; }

    public CapturingConnector Connector { get; }

    public FakeTimeProvider Time { get; }

    public LogCapture Logs { get; }

    public IServiceProvider Services => Bot.Services;

    public static async Task<UpdatesHost> StartAsync(DateTimeOffset now, IDictionary<string, string?>? extraSettings = null)
    {
        var connector = await CapturingConnector.StartAsync();
        var time = new FakeTimeProvider(now);
        var logs = new LogCapture();
        // The tests run the sources (or the schedule command) themselves; the background scheduler stays off.
        var settings = new Dictionary<string, string?>(extraSettings ?? new Dictionary<string, string?>()) { ["Scheduling:Enabled"] = "false" };
        var bot = new BotApp(settings, services =>
        {
            services.AddSingleton<TimeProvider>(time);
            services.AddSingleton<ILoggerProvider>(logs);
        });
        bot.StartClient();
        await bot.Services.GetRequiredService<TableInitializer>().WhenReady(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        var host = new UpdatesHost(bot, connector, time, logs);
        await host.ImportAsync(DemoNetwork.FilePath);

        return host;
    }

    public async Task ImportAsync(string path)
    {
        var import = Services.GetServices<ICliCommand>().OfType<ImportCommand>().Single();
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await import.RunAsync([path], output, errors, CancellationToken.None);
        Assert.True(exit == 0, $"import failed ({exit}): {errors}");
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task<List<DueWork>> DueAsync<TSource>(DateTimeOffset from, DateTimeOffset to)
        where TSource : IDueWorkSource
    {
        var source = Services.GetServices<IDueWorkSource>().OfType<TSource>().Single();
        var due = new List<DueWork>();
        await foreach (var work in source.FindDueAsync(from, to, CancellationToken.None))
        {
            due.Add(work);
            CardDump.WriteAttachments(System.Text.Json.JsonSerializer.SerializeToNode(work.Activity, ForumBot.Protocol.ProtocolJson.Default.OutgoingActivity));
        }

        return due;
    }

    public Task<List<DueWork>> RequestsAsync(DateTimeOffset at) => DueAsync<UpdateRequestSource>(at.AddMinutes(-1), at);

    public Task<List<DueWork>> RemindersAsync(DateTimeOffset at) => DueAsync<UpdateReminderSource>(at.AddMinutes(-1), at);

    /// <summary>Presses an Action.Execute button as Teams does: an adaptiveCard/action invoke. Returns the invoke response body.</summary>
    public async Task<JsonObject> ExecuteAsync(DemoPerson person, string verb, JsonObject data, string? locale = null)
    {
        var activity = TeamsActivities.PersonalMessage(Connector.ServiceUrl, string.Empty, locale ?? person.Locale, person.AadObjectId);
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity.Remove("text");
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        using var response = await Bot.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        CardDump.WriteInvokeResponse(body);
        return body;
    }

    /// <summary>Presses an Action.Submit button: a message whose value is the data plus the inputs, replying to the card.</summary>
    public async Task SubmitAsync(DemoPerson person, JsonObject value, string cardActivityId, string? locale = null)
    {
        var activity = TeamsActivities.PersonalMessage(Connector.ServiceUrl, string.Empty, locale ?? person.Locale, person.AadObjectId);
        activity.Remove("text");
        activity["value"] = value;
        activity["replyToId"] = cardActivityId;
        using var response = await Bot.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Sends a text in the person's 1:1 chat and returns the bot's text reply.</summary>
    public async Task<string> SayAsync(DemoPerson person, string text, string? locale = null)
    {
        static bool IsMessage(CapturedRequest r) => r.Body?["type"]?.GetValue<string>() == "message";
        var before = Connector.Requests.Count(IsMessage);
        using var response = await Bot.PostActivityAsync(TeamsActivities.PersonalMessage(Connector.ServiceUrl, text, locale ?? person.Locale, person.AadObjectId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await Connector.WaitForAsync(before + 1, IsMessage);
        return replies[^1].Body!["text"]?.GetValue<string>() ?? string.Empty;
    }

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
