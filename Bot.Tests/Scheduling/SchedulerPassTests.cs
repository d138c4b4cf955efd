using ForumBot.Tests.Fixtures;
using ForumBot.Scheduling;
using ForumBot.Tests.Scheduling.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ForumBot.Tests.Scheduling;

/// <summary>Passes over the due-work sources: the catch-up window, insert-if-absent keys, skipped old work.</summary>
public sealed class SchedulerPassTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Now);
    private readonly ListSource _source = new();
    private TestApp _host = null!;
    private SchedulerPass _pass = null!;

    public async Task InitializeAsync()
    {
        _host = await TestApp.StartAsync(SchedulingTestApp.Options(time: _time, settings: new Dictionary<string, string?> { ["Scheduling:CatchUpHours"] = "24" },
            configure: services => services.AddSingleton<IDueWorkSource>(_source)));
        _pass = _host.Get<SchedulerPass>();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Run_WorkInTheCatchUpWindow_IsEnqueuedAndLaterOrFutureWorkIsNot()
    {
        _source.Work.Add(ListSource.ToPerson("due-now", Now, ListSource.Person(1)));
        _source.Work.Add(ListSource.ToPerson("due-23h-ago", Now.AddHours(-23), ListSource.Person(2)));
        _source.Work.Add(ListSource.ToPerson("due-tomorrow", Now.AddDays(1), ListSource.Person(3)));

        var report = await _pass.RunAsync(Now, null, CancellationToken.None);

        Assert.Equal(2, report.Enqueued);
        Assert.Equal(OutboxState.Pending, (await _host.Outbox.FindAsync("due-now", CancellationToken.None))?.State);
        Assert.NotNull(await _host.Outbox.FindAsync("due-23h-ago", CancellationToken.None));
        Assert.Null(await _host.Outbox.FindAsync("due-tomorrow", CancellationToken.None));
    }

    [Fact]
    public async Task Run_Twice_EnqueuesEachKeyOnce()
    {
        _source.Work.Add(ListSource.ToPerson("k1", Now.AddMinutes(-5), ListSource.Person(1)));
        _source.Work.Add(ListSource.ToPerson("k2", Now.AddMinutes(-1), ListSource.Person(2)));

        var first = await _pass.RunAsync(Now, null, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));
        var second = await _pass.RunAsync(_time.GetUtcNow(), Now, CancellationToken.None);

        Assert.Equal((2, 0), (first.Enqueued, first.AlreadyEnqueued));
        Assert.Equal((0, 2), (second.Enqueued, second.AlreadyEnqueued));
    }

    [Fact]
    public async Task Run_TwoInstancesAtOnce_EnqueueEachKeyOnce()
    {
        await using var other = await TestApp.StartAsync(SchedulingTestApp.Options(_host.TablePrefix, _time,
            configure: services => services.AddSingleton<IDueWorkSource>(_source)));
        for (var i = 0; i < 40; i++)
        {
            _source.Work.Add(ListSource.ToPerson("k" + i, Now.AddMinutes(-i), ListSource.Person(i)));
        }

        var reports = await Task.WhenAll(_pass.RunAsync(Now, null, CancellationToken.None), other.Get<SchedulerPass>().RunAsync(Now, null, CancellationToken.None));

        Assert.Equal(40, reports.Sum(r => r.Enqueued));
        Assert.Equal(40, reports.Sum(r => r.AlreadyEnqueued));
    }

    [Fact]
    public async Task Run_AfterAnOutageLongerThanTheCatchUp_SkipsTheOlderWorkAndReportsItOnce()
    {
        var lastPass = Now.AddHours(-30);
        _source.Work.Add(ListSource.ToPerson("missed-28h-ago", Now.AddHours(-28), ListSource.Person(1)));
        _source.Work.Add(ListSource.ToPerson("caught-up-20h-ago", Now.AddHours(-20), ListSource.Person(2)));

        var report = await _pass.RunAsync(Now, lastPass, CancellationToken.None);
        var next = await _pass.RunAsync(Now.AddMinutes(1), Now, CancellationToken.None);

        Assert.Equal((1, 1), (report.Enqueued, report.SkippedOld));
        Assert.Null(await _host.Outbox.FindAsync("missed-28h-ago", CancellationToken.None));
        Assert.NotNull(await _host.Outbox.FindAsync("caught-up-20h-ago", CancellationToken.None));
        Assert.Equal(0, next.SkippedOld);
    }

    [Fact]
    public async Task Run_ASourceThrows_TheOtherSourcesStillRun()
    {
        await using var host = await TestApp.StartAsync(SchedulingTestApp.Options(time: _time, configure: services =>
        {
            services.AddSingleton<IDueWorkSource, FailingSource>();
            services.AddSingleton<IDueWorkSource>(_source);
        }));
        _source.Work.Add(ListSource.ToPerson("still-enqueued", Now, ListSource.Person(1)));

        var report = await host.Get<SchedulerPass>().RunAsync(Now, null, CancellationToken.None);

        Assert.Equal(1, report.Enqueued);
    }

    [Fact]
    public async Task FindDue_DryRun_WritesNothing()
    {
        _source.Work.Add(ListSource.ToPerson("preview", Now, ListSource.Person(1)));

        var due = await _pass.FindDueAsync(Now, CancellationToken.None);

        Assert.Equal("preview", Assert.Single(due).Key);
        Assert.Null(await _host.Outbox.FindAsync("preview", CancellationToken.None));
    }

    private sealed class FailingSource : IDueWorkSource
    {
        public IAsyncEnumerable<DueWork> FindDueAsync(DateTimeOffset windowStart, DateTimeOffset windowEnd, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("broken source");
    }
}
