using Azure;
using ForumBot.Storage;
using ForumBot.Tests.Fixtures;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ForumBot.Tests.Storage;

/// <summary>
/// Storage that fails now and then (some calls answered, some not, as with a busy account) must
/// still give an operator one Warning a minute, not a Warning and a "back again" line per flip.
/// </summary>
public sealed class OutageLogTests
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Flapping_WithinAMinute_IsOneWarningAndOneRecovery()
    {
        var time = new FakeTimeProvider(Start);
        var capture = new LogCapture(time);
        var log = new OutageLog("Outbox", time, capture.CreateLogger("test"));

        for (var i = 0; i < 10; i++)
        {
            log.Failed(new RequestFailedException(503, "busy", "ServerBusy", null), CancellationToken.None);
            time.Advance(TimeSpan.FromSeconds(2));
            log.Succeeded();
            time.Advance(TimeSpan.FromSeconds(2));
        }

        Assert.Single(capture.Lines, l => l.EventId == 1102 && l.Level == LogLevel.Warning && l.Text.Contains("503 ServerBusy", StringComparison.Ordinal));
        Assert.Single(capture.Lines, l => l.EventId == 1103);
        Assert.All(capture.Lines, l => Assert.Null(l.Exception));
    }

    [Fact]
    public void Flapping_PastAMinute_LogsAgainCountingTheQuietAttempts()
    {
        var time = new FakeTimeProvider(Start);
        var capture = new LogCapture(time);
        var log = new OutageLog("Outbox", time, capture.CreateLogger("test"));

        for (var i = 0; i < 20; i++)
        {
            log.Failed(new RequestFailedException(503, "busy", "ServerBusy", null), CancellationToken.None);
            log.Succeeded();
            time.Advance(TimeSpan.FromSeconds(5));
        }

        var warnings = capture.Lines.Where(l => l.EventId == 1102).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Equal(TimeSpan.FromMinutes(1), warnings[1].At - warnings[0].At);
        Assert.Contains("11 more failed attempts", warnings[1].Text, StringComparison.Ordinal);
        Assert.Equal(2, capture.Lines.Count(l => l.EventId == 1103));
    }
}
