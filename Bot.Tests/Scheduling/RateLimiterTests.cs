using ForumBot.Scheduling;
using ForumBot.Scheduling.Outbox;
using ForumBot.Tests.Scheduling.Support;
using Microsoft.Extensions.Time.Testing;

namespace ForumBot.Tests.Scheduling;

/// <summary>The sliding-window limiter against every one of Teams' windows, on a fake clock (an hour takes milliseconds).</summary>
public sealed class RateLimiterTests
{
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(50);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
    private readonly ConnectorRateLimiter _limiter;

    public RateLimiterTests() => _limiter = new ConnectorRateLimiter(RateLimitPolicy.Teams with { Margin = Margin }, _time);

    [Fact]
    public void OneConversation_AsFastAsAllowed_KeepsEveryConversationWindow()
    {
        var calls = Drive(1900, _ => "conversation");

        Assert.Equal(7, RateWindowAudit.MaxInWindow(calls, TimeSpan.FromSeconds(1)));
        Assert.Equal(8, RateWindowAudit.MaxInWindow(calls, TimeSpan.FromSeconds(2)));
        Assert.Equal(60, RateWindowAudit.MaxInWindow(calls, TimeSpan.FromSeconds(30)));
        Assert.Equal(1800, RateWindowAudit.MaxInWindow(calls, TimeSpan.FromHours(1)));

        // The 1801st call waits for the first to leave the hour (plus the margin), no longer.
        Assert.Equal(calls[0] + TimeSpan.FromHours(1) + Margin, calls[1800]);
    }

    [Fact]
    public void ManyConversations_KeepTheTenantWindowAndUseIt()
    {
        var calls = Drive(1000, i => "conversation-" + i);

        Assert.Equal(50, RateWindowAudit.MaxInWindow(calls, TimeSpan.FromSeconds(1)));
        Assert.InRange(calls[^1] - calls[0], TimeSpan.FromSeconds(19 * 1.05), TimeSpan.FromSeconds(20 * 1.05));
    }

    [Fact]
    public void Tenants_AreCountedApart()
    {
        for (var i = 0; i < 50; i++)
        {
            Assert.NotNull(_limiter.TryAcquire("tenant-a", "a-" + i).Call);
        }

        Assert.Null(_limiter.TryAcquire("tenant-a", "a-50").Call);
        Assert.NotNull(_limiter.TryAcquire("tenant-b", "b-0").Call);
    }

    [Fact]
    public void CallsStillInFlight_KeepTheirPlaceInTheWindowUntilAWindowAfterTheirAnswer()
    {
        var calls = Enumerable.Range(0, 7).Select(_ => _limiter.TryAcquire("tenant", "conversation").Call!).ToList();
        _time.Advance(TimeSpan.FromSeconds(5));

        var blocked = _limiter.TryAcquire("tenant", "conversation");
        calls[3].Dispose();
        var stillBlocked = _limiter.TryAcquire("tenant", "conversation");
        _time.Advance(TimeSpan.FromSeconds(1) + Margin);

        Assert.Null(blocked.Call);
        Assert.Equal(TimeSpan.FromMilliseconds(5), blocked.Wait);
        Assert.Equal(TimeSpan.FromSeconds(1) + Margin, stillBlocked.Wait);
        Assert.NotNull(_limiter.TryAcquire("tenant", "conversation").Call);
    }

    [Fact]
    public async Task AcquireAsync_WindowFull_WaitsForTheClock()
    {
        for (var i = 0; i < 7; i++)
        {
            (await _limiter.AcquireAsync("tenant", "conversation", CancellationToken.None)).Dispose();
        }

        var eighth = _limiter.AcquireAsync("tenant", "conversation", CancellationToken.None).AsTask();
        Assert.False(eighth.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1) + Margin);

        (await eighth.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    // Each call as soon as the limiter allows it, moving the fake clock by exactly the wait it asks for.
    private List<DateTimeOffset> Drive(int count, Func<int, string> conversation)
    {
        var calls = new List<DateTimeOffset>();
        for (var i = 0; i < count; i++)
        {
            var (wait, call) = _limiter.TryAcquire("tenant", conversation(i));
            for (; call is null; (wait, call) = _limiter.TryAcquire("tenant", conversation(i)))
            {
                _time.Advance(wait);
            }

            call.Dispose();
            calls.Add(_time.GetUtcNow());
        }

        return calls;
    }
}
