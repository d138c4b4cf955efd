using ForumBot.Scheduling;
using ForumBot.Scheduling.Outbox;
using ForumBot.Tests.Fixtures;
using ForumBot.Tests.Scheduling.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ForumBot.Tests.Scheduling;

/// <summary>
/// A dispatcher killed at each point of a message's processing, then a fresh instance: nothing is
/// lost, and a message goes out twice only when the kill fell between the connector's answer and
/// the "sent" write — the window docs/scheduling.md states.
/// </summary>
public sealed class DispatcherCrashTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Claim = TimeSpan.FromSeconds(60);
    private readonly FakeTimeProvider _time = new(Now);
    private readonly ListSource _source = new();
    private readonly Dictionary<string, string?> _settings = new() { ["Scheduling:MaxConcurrentSends"] = "1" };
    private CapturingConnector _connector = null!;
    private TestApp _first = null!;

    public async Task InitializeAsync()
    {
        _connector = await CapturingConnector.StartAsync();
        _first = await StartInstanceAsync();
        for (var i = 1; i <= 5; i++)
        {
            await _first.SeedPersonalAsync(ListSource.Person(i), _connector.ServiceUrl);
            _source.Work.Add(ListSource.ToPerson("m" + i, Now.AddMinutes(-10 + i), ListSource.Person(i)));
        }

        await _first.Get<SchedulerPass>().RunAsync(Now, null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task StoppedBetweenEnqueueAndSend_RestartedInstanceSendsEachOnce()
    {
        await using var restarted = await StartInstanceAsync();

        await restarted.Get<SchedulerPass>().RunAsync(Now, null, CancellationToken.None);
        await restarted.DispatchAsync(claimFor: Claim);

        AssertDeliveredOnce("m1", "m2", "m3", "m4", "m5");
        await AssertAllSentAsync(restarted);
    }

    [Fact]
    public async Task StoppedAfterClaimBeforeSend_RowIsSentOnceAfterTheClaimExpires()
    {
        await KillAtAsync(DispatchStage.Claimed, "m3");
        AssertDeliveredOnce("m1", "m2");
        Assert.Equal(2, _connector.Requests.Count);
        await using var restarted = await StartInstanceAsync();

        await restarted.DispatchAsync(claimFor: Claim);
        Assert.Equal(OutboxState.Sending, (await restarted.Outbox.FindAsync("m3", CancellationToken.None))!.State);
        _time.Advance(Claim);
        await restarted.DispatchAsync(claimFor: Claim);

        AssertDeliveredOnce("m1", "m2", "m3", "m4", "m5");
        Assert.Equal(5, _connector.Requests.Count);
        await AssertAllSentAsync(restarted);
    }

    [Fact]
    public async Task RowClaimedByADeadDispatcher_IsLeftAloneUntilItsClaimExpiresAndTheRoundStillEnds()
    {
        await KillAtAsync(DispatchStage.Claimed, "m1");
        await using var restarted = await StartInstanceAsync();

        // Due "by" a time past the dead claim's marker, as `schedule --at` in the future asks: found due, not claimable, not retried in a loop.
        var report = await restarted.DispatchAsync(dueBy: Now.AddMinutes(5), claimFor: Claim).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(4, report.Sent);
        Assert.Equal(OutboxState.Sending, (await restarted.Outbox.FindAsync("m1", CancellationToken.None))!.State);
        Assert.Equal(0, Delivered("m1"));
    }

    [Fact]
    public async Task StoppedAfterSendBeforeMark_OnlyThatRowIsSentTwice()
    {
        await KillAtAsync(DispatchStage.Sent, "m3");
        await using var restarted = await StartInstanceAsync();

        _time.Advance(Claim);
        await restarted.DispatchAsync(claimFor: Claim);

        AssertDeliveredOnce("m1", "m2", "m4", "m5");
        Assert.Equal(2, Delivered("m3"));
        Assert.Equal(6, _connector.Requests.Count);
        await AssertAllSentAsync(restarted);
        Assert.Equal(2, (await restarted.Outbox.FindAsync("m3", CancellationToken.None))!.Attempts);
    }

    [Fact]
    public async Task StoppedAfterMark_NothingIsSentAgain()
    {
        await KillAtAsync(DispatchStage.Marked, "m3");
        await using var restarted = await StartInstanceAsync();

        _time.Advance(Claim);
        await restarted.DispatchAsync(claimFor: Claim);

        AssertDeliveredOnce("m1", "m2", "m3", "m4", "m5");
        Assert.Equal(5, _connector.Requests.Count);
    }

    private async Task KillAtAsync(DispatchStage stage, string key)
    {
        using var kill = new CancellationTokenSource();
        _first.Sender.Probe = (reached, at, token) =>
        {
            if (reached == stage && at == key)
            {
                kill.Cancel();
                token.ThrowIfCancellationRequested();
            }

            return ValueTask.CompletedTask;
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _first.DispatchAsync(claimFor: Claim, cancellationToken: kill.Token));
    }

    private Task<TestApp> StartInstanceAsync() =>
        TestApp.StartAsync(SchedulingTestApp.Options(_first?.TablePrefix, _time, _settings, services => services.AddSingleton<IDueWorkSource>(_source)));

    private int Delivered(string key) => _connector.Requests.Count(r => r.Body?["text"]?.GetValue<string>() == key);

    private void AssertDeliveredOnce(params string[] keys) => Assert.All(keys, key => Assert.Equal(1, Delivered(key)));

    private static async Task AssertAllSentAsync(TestApp host)
    {
        for (var i = 1; i <= 5; i++)
        {
            Assert.Equal(OutboxState.Sent, (await host.Outbox.FindAsync("m" + i, CancellationToken.None))!.State);
        }

        Assert.Equal(0, (await host.Outbox.PendingAsync(CancellationToken.None)).Count);
    }
}
