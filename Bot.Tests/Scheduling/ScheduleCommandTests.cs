using System.Text.Json.Nodes;
using ForumBot.Hosting.Clock;
using ForumBot.Scheduling;
using Azure.Data.Tables;
using ForumBot.Scheduling.Admin;
using ForumBot.Storage;
using ForumBot.Tests.Fixtures;
using ForumBot.Tests.Scheduling.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ForumBot.Tests.Scheduling;

/// <summary>`schedule --at` on the demo network, in the composed bot: the dry-run listing, a real pass, bad arguments.</summary>
public sealed class ScheduleCommandTests : IAsyncLifetime
{
    private const string At = "2026-11-30T08:30:00Z";

    /// <summary>The bot's clock starts just after <see cref="At"/> (a pass that sends may not be in the future), whatever day the tests run.</summary>
    private const string ClockStart = "2026-11-30T08:35:00Z";
    private static readonly JsonObject Demo = JsonNode.Parse(File.ReadAllText(DemoNetwork.FilePath))!.AsObject();
    private TestApp _bot = null!;

    public async Task InitializeAsync() => _bot = await TestApp.StartAsync(new()
    {
        Connector = true,
        DemoNetwork = true,
        Services = services => services.AddSingleton<IDueWorkSource, AgendaTestSource>(),
        Settings = new Dictionary<string, string?> { [ClockRegistration.ClockStartKey] = ClockStart, ["MicrosoftAppTenantId"] = TeamsActivities.TenantId },
    });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task DryRun_OnTheDemoNetwork_ListsWhatIsDueInLocalTimeAndWritesNothing()
    {
        var run = await _bot.RunAsync<ScheduleCommand>("--at", At, "--dry-run");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("Scheduler pass as of 2026-11-30T08:30:00Z, catch-up window from 2026-11-29T08:30:00Z; local times in Europe/Copenhagen.", lines[0]);
        Assert.StartsWith("KIND", lines[1], StringComparison.Ordinal);
        var rows = lines[2..^1];
        Assert.Equal($"Dry run: {rows.Length} message(s) would be sent, 0 already in the outbox; nothing was written.", lines[^1]);

        // Fritidsjobnetværket meets 1 December 09:00; its agenda is due the day before at the same local time.
        var chairs = ChairsOf("fritidsjob");
        var agendaRows = rows.Where(r => r.StartsWith(AgendaTestSource.Kind, StringComparison.Ordinal)).ToList();
        Assert.Equal(chairs.Count, agendaRows.Count);
        foreach (var (id, name) in chairs)
        {
            Assert.Contains(agendaRows, row => row.Contains("2026-11-30 09:00 +01:00  new", StringComparison.Ordinal)
                && row.Contains($"{name} ({id})", StringComparison.Ordinal)
                && row.EndsWith("Agenda for Fritidsjobnetværket, meeting 2026-12-01T09:00", StringComparison.Ordinal));
            Assert.Null(await _bot.Get<IOutbox>().FindAsync($"fritidsjob|2026-12-01T09:00|{AgendaTestSource.Kind}|{id}", CancellationToken.None));
        }
    }

    [Fact]
    public async Task DryRun_WhenUpdateRequestsAreDue_LeavesEveryTableRowCountUnchanged()
    {
        // Fritidsjobnetværket's update requests went out on 24 November at 09:00 local (08:00Z).
        var before = await RowCountsAsync();

        var run = await _bot.RunAsync<ScheduleCommand>("--at", "2026-11-24T08:30:00Z", "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.Output.Split('\n'), line => line.StartsWith("update-request", StringComparison.Ordinal) && line.Contains("fritidsjob", StringComparison.Ordinal));
        Assert.Contains("nothing was written", run.Output, StringComparison.Ordinal);
        Assert.True(before.Sum(t => t.Rows) > 0);
        Assert.Equal(before, await RowCountsAsync());
    }

    [Fact]
    public async Task Run_EnqueuesOpens1to1sSendsAndSummarises_ThenTheDryRunShowsThemSent()
    {
        // Someone in the tenant has written to the bot: its serviceUrl is known, so chats can be opened.
        using var hello = await _bot.PostActivityAsync(TeamsActivities.PersonalMessage(_bot.Connector.ServiceUrl, "help"));
        await _bot.Connector.WaitForAsync(1);

        var run = await _bot.RunAsync<ScheduleCommand>("--at", At);
        var after = await _bot.RunAsync<ScheduleCommand>("--at", At, "--dry-run");

        Assert.Equal(0, run.ExitCode);
        var enqueued = int.Parse(run.Output.Split("Enqueued ")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(enqueued >= ChairsOf("fritidsjob").Count);
        Assert.Contains($"Sent {enqueued}, failed 0, still pending 0.", run.Output, StringComparison.Ordinal);
        var opened = _bot.Connector.Requests.Count(r => r.Path == "/v3/conversations");
        Assert.True(opened >= 1);
        Assert.Contains("0 message(s) would be sent", after.Output, StringComparison.Ordinal);
        Assert.Contains("09:00 +01:00  sent", after.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WhileARunningInstanceHoldsTheLease_RefusesWithExitCode4()
    {
        await _bot.Get<SchedulerLease>().AcquireAsync("running-instance", TimeSpan.FromMinutes(1), null, CancellationToken.None);

        var run = await _bot.RunAsync<ScheduleCommand>("--at", At);

        Assert.Equal(ScheduleCommand.LeaseHeld, run.ExitCode);
        Assert.Contains("held by running-instance", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MoreThanFiveMinutesAhead_RefusesInOneLineSuggestingDryRunAndWritesNothing()
    {
        var before = await RowCountsAsync();

        var run = await _bot.RunAsync<ScheduleCommand>("--at", "2026-11-30T08:41:00Z");

        Assert.Equal(ScheduleCommand.BadArguments, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        var line = Assert.Single(run.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("--at 2026-11-30T08:41:00Z is in the future (now is 2026-11-30T08:3", line, StringComparison.Ordinal);
        Assert.Contains("could not be used until then", line, StringComparison.Ordinal);
        Assert.Contains("--dry-run", line, StringComparison.Ordinal);
        Assert.Equal(before, await RowCountsAsync());
    }

    [Fact]
    public async Task DryRun_FarAhead_IsAllowed()
    {
        var run = await _bot.RunAsync<ScheduleCommand>("--at", "2027-03-28T00:30:00Z", "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("nothing was written", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("--at")]
    [InlineData("--at", "2026-12-01T08:00:00")]
    [InlineData("--at", "tomorrow")]
    [InlineData("--at", "2026-13-01T08:00:00Z")]
    [InlineData("--at", At, "--bogus")]
    public async Task BadArguments_ExplainAndShowUsageWithExitCode2(params string[] arguments)
    {
        var run = await _bot.RunAsync<ScheduleCommand>(arguments);

        Assert.Equal(ScheduleCommand.BadArguments, run.ExitCode);
        Assert.Contains("Usage: dotnet run --project Bot -- schedule --at <ISO-8601 instant", run.Errors, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    /// <summary>Every table the service uses (core and feature tables) with its number of rows.</summary>
    private async Task<List<(string Table, int Rows)>> RowCountsAsync()
    {
        var store = _bot.Get<TableStore>();
        var counts = new List<(string, int)>();
        foreach (var role in store.Roles.Order(StringComparer.Ordinal))
        {
            var rows = 0;
            await foreach (var _ in store.Table(role).QueryAsync<TableEntity>(select: ["PartitionKey"]))
            {
                rows++;
            }

            counts.Add((role, rows));
        }

        return counts;
    }

    private static List<(string Id, string Name)> ChairsOf(string forumId) =>
        [.. Demo["forums"]!.AsArray().Single(f => f!["id"]!.GetValue<string>() == forumId)!["chairs"]!.AsArray()
            .Select(c => c!.GetValue<string>())
            .Select(id => (id, Demo["people"]!.AsArray().Single(p => p!["id"]!.GetValue<string>() == id)!["name"]!.GetValue<string>()))];
}
