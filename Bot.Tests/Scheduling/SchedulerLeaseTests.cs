using ForumBot.Tests.Fixtures;
using ForumBot.Scheduling;
using ForumBot.Tests.Scheduling.Support;
using Microsoft.Extensions.Time.Testing;

namespace ForumBot.Tests.Scheduling;

/// <summary>The scheduler lease in a real Leases table: one holder at a time, renewal, takeover after expiry.</summary>
public sealed class SchedulerLeaseTests : IAsyncLifetime
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(60);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
    private TestApp _host = null!;
    private SchedulerLease _lease = null!;

    public async Task InitializeAsync()
    {
        _host = await TestApp.StartAsync(SchedulingTestApp.Options(time: _time));
        _lease = _host.Get<SchedulerLease>();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Acquire_FreeLease_IsHeldUntilNowPlusDuration()
    {
        var state = await _lease.AcquireAsync("a", Duration, null, CancellationToken.None);

        Assert.True(state.Held);
        Assert.Equal(_time.GetUtcNow() + Duration, state.ExpiresAt);
        Assert.Equal("a", (await _lease.ReadAsync(CancellationToken.None)).Holder);
    }

    [Fact]
    public async Task Acquire_HeldByAnotherAndValid_IsRefused()
    {
        await _lease.AcquireAsync("a", Duration, null, CancellationToken.None);
        _time.Advance(Duration - TimeSpan.FromSeconds(1));

        var state = await _lease.AcquireAsync("b", Duration, null, CancellationToken.None);

        Assert.False(state.Held);
        Assert.Equal("a", state.Holder);
    }

    [Fact]
    public async Task Acquire_ByTheHolder_RenewsAndKeepsOthersOut()
    {
        await _lease.AcquireAsync("a", Duration, null, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(40));
        var renewed = await _lease.AcquireAsync("a", Duration, _time.GetUtcNow(), CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(40));

        var other = await _lease.AcquireAsync("b", Duration, null, CancellationToken.None);

        Assert.True(renewed.Held);
        Assert.False(other.Held);
        Assert.Equal(_time.GetUtcNow().AddSeconds(-40), (await _lease.ReadAsync(CancellationToken.None)).LastPassAt);
    }

    [Fact]
    public async Task Acquire_AfterTheHolderStoppedRenewing_IsTakenOverAtExpiry()
    {
        await _lease.AcquireAsync("a", Duration, _time.GetUtcNow(), CancellationToken.None);
        _time.Advance(Duration);

        var state = await _lease.AcquireAsync("b", Duration, null, CancellationToken.None);
        var old = await _lease.AcquireAsync("a", Duration, null, CancellationToken.None);

        Assert.True(state.Held);
        Assert.False(old.Held);
        Assert.Equal("b", old.Holder);
        Assert.Equal(_time.GetUtcNow() - Duration, state.LastPassAt);
    }

    [Fact]
    public async Task Acquire_ManyInstancesRacing_ExactlyOneWins()
    {
        var states = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => _lease.AcquireAsync("holder-" + i, Duration, null, CancellationToken.None)));

        var winner = Assert.Single(states, s => s.Held);
        Assert.Equal(winner.Holder, (await _lease.ReadAsync(CancellationToken.None)).Holder);
    }

    [Fact]
    public async Task Acquire_ExpiredLeaseWithRacers_ExactlyOneTakesItOver()
    {
        await _lease.AcquireAsync("dead", Duration, null, CancellationToken.None);
        _time.Advance(Duration + TimeSpan.FromSeconds(1));

        var states = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => _lease.AcquireAsync("holder-" + i, Duration, null, CancellationToken.None)));

        Assert.Single(states, s => s.Held);
    }

    [Fact]
    public async Task Release_ByTheHolder_LetsAnotherTakeItAtOnce()
    {
        await _lease.AcquireAsync("a", Duration, null, CancellationToken.None);

        await _lease.ReleaseAsync("a", null, CancellationToken.None);

        Assert.True((await _lease.AcquireAsync("b", Duration, null, CancellationToken.None)).Held);
    }

    [Fact]
    public async Task Release_ByANonHolder_ChangesNothing()
    {
        await _lease.AcquireAsync("a", Duration, null, CancellationToken.None);

        await _lease.ReleaseAsync("b", null, CancellationToken.None);

        Assert.False((await _lease.AcquireAsync("b", Duration, null, CancellationToken.None)).Held);
    }
}
