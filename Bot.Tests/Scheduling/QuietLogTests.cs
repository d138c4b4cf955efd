using Azure.Data.Tables;
using ForumBot.Scheduling;
using ForumBot.Storage;
using ForumBot.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ForumBot.Tests.Scheduling;

/// <summary>
/// The real bot with the scheduler on, a fake clock and every log line captured: a calm start,
/// quiet passes, and a storage outage (a gate in front of Azurite shut, then opened) logged once a minute.
/// </summary>
public sealed class QuietLogTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    // Unauthenticated mode warns once at start-up on purpose (docs/protocol.md); nothing else may.
    private static readonly int[] UnauthenticatedModeWarnings = [1120, 1204];

    [Fact]
    public async Task Start_WithTheScheduler_LogsNoWarningNoErrorAndQuietPassesNothingAtInformation()
    {
        var time = new FakeTimeProvider(Start);
        var logs = new LogCapture(time);
        await using var bot = StartBot(time, logs, Azurite.ConnectionString);
        await WaitForAsync(() => logs.Lines.Any(l => l.EventId == 3000), "the lease");
        var afterLease = logs.Lines.Count;

        await AdvanceAsync(time, TimeSpan.FromMinutes(3), () => false);

        var lines = logs.Lines;
        Assert.DoesNotContain(lines, l => l.Level >= LogLevel.Warning && !UnauthenticatedModeWarnings.Contains(l.EventId));
        Assert.DoesNotContain(lines, l => l.Text.Contains("TableNotFound", StringComparison.Ordinal) || l.Exception is not null);
        Assert.DoesNotContain(lines.Skip(afterLease), l => l.Level >= LogLevel.Information && l.Category.StartsWith("ForumBot.Scheduling", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StorageUnreachable_OneWarningAMinuteWithTheReason_ThenOneInformationLineWhenItAnswers()
    {
        var time = new FakeTimeProvider(Start);
        var logs = new LogCapture(time);
        var (gate, connectionString) = TcpGate.ForAzurite();
        await using var _ = gate;
        await using var bot = StartBot(time, logs, connectionString);
        await WaitForAsync(() => logs.Lines.Any(l => l.EventId == 3000), "the lease");

        gate.Close();
        var closedAt = time.GetUtcNow();
        await AdvanceAsync(time, TimeSpan.FromMinutes(4), () => false);

        var outage = logs.Lines.Where(l => l.At >= closedAt && l.Level >= LogLevel.Warning && !UnauthenticatedModeWarnings.Contains(l.EventId)).ToList();
        var warnings = outage.Where(l => l.Category == typeof(SchedulerService).FullName).ToList();
        Assert.InRange(warnings.Count, 4, 5);
        Assert.All(outage, l => Assert.Equal((1102, LogLevel.Warning, null), (l.EventId, l.Level, l.Exception)));
        // The first attempt may meet a pooled connection the gate cut (reset); later ones find the port closed (refused).
        Assert.All(warnings, l => Assert.Matches(@"^Scheduler: table storage unavailable \(connection (refused|reset)\)", l.Text));
        Assert.Contains("(connection refused)", warnings[^1].Text, StringComparison.Ordinal);
        Assert.All(warnings.Zip(warnings.Skip(1)), pair => Assert.InRange(pair.Second.At - pair.First.At, OutageLog.Interval, OutageLog.Interval + TimeSpan.FromSeconds(5)));

        gate.Open();
        var openedAt = time.GetUtcNow();
        await AdvanceAsync(time, TimeSpan.FromMinutes(2), () => logs.Lines.Any(l => l.EventId == 1103));
        await AdvanceAsync(time, TimeSpan.FromMinutes(1), () => false);

        var after = logs.Lines.Where(l => l.At >= openedAt).ToList();
        var recovered = Assert.Single(after, l => l.EventId == 1103);
        Assert.Equal(LogLevel.Information, recovered.Level);
        Assert.Contains("Scheduler: table storage answers again", recovered.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(after, l => l.Level >= LogLevel.Warning && l.EventId != 1102 && !UnauthenticatedModeWarnings.Contains(l.EventId));
        Assert.True(after.Count(l => l.EventId == 1102) <= 1, "at most the attempt in flight when the gate opened");
    }

    // Not TestApp.StartAsync: that waits for the tables, which the gate keeps out of reach.
    private static TestApp StartBot(FakeTimeProvider time, LogCapture logs, string connectionString)
    {
        var bot = new TestApp(new()
        {
            Settings = new Dictionary<string, string?> { ["Scheduling:Enabled"] = "true", ["ConnectionStrings:Tables"] = connectionString },
            Time = time,
            Retention = true,
            Services = services =>
            {
                services.AddSingleton<ILoggerProvider>(logs);

                // One HTTP attempt per storage call: Azure.Core's own retries wait on the real clock.
                services.AddSingleton(new TableServiceClient(connectionString, new TableClientOptions { Retry = { MaxRetries = 0 } }));
            },
        });
        bot.StartClient();
        return bot;
    }

    private static async Task WaitForAsync(Func<bool> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!done())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for " + what);
            await Task.Delay(20);
        }
    }

    // Moves the fake clock in 5-second steps (the dispatch poll), letting the loop's real storage calls run in between.
    private static async Task AdvanceAsync(FakeTimeProvider time, TimeSpan limit, Func<bool> done)
    {
        var end = time.GetUtcNow() + limit;
        while (time.GetUtcNow() < end && !done())
        {
            await Task.Delay(40);
            time.Advance(TimeSpan.FromSeconds(5));
        }
    }
}
