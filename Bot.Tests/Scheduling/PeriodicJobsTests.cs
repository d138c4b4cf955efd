using ForumBot.Scheduling;
using ForumBot.Tests.Fixtures;
using ForumBot.Tests.Scheduling.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ForumBot.Tests.Scheduling;

/// <summary>The scheduler runs every IPeriodicJob after each pass, on the lease holder only, each isolated from the others' failures.</summary>
public sealed class PeriodicJobsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private readonly CountingJob _jobOfA = new("counting");
    private readonly CountingJob _jobOfB = new("counting");
    private TestApp _a = null!;
    private TestApp _b = null!;

    public async Task InitializeAsync()
    {
        // Each instance has a failing job registered before the counting one: the failure must not stop it.
        _a = await TestApp.StartAsync(SchedulingTestApp.Options(time: _time, configure: services => Register(services, _jobOfA)) with { CaptureLogs = true });
        _b = await TestApp.StartAsync(SchedulingTestApp.Options(_a.TablePrefix, _time, configure: services => Register(services, _jobOfB)));
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
    }

    [Fact]
    public async Task BothTicking_JobsRunOnlyOnTheLeaseHolderAfterEachPass()
    {
        await _a.Scheduler.RunOnceAsync(CancellationToken.None);
        for (var step = 0; step < 24; step++)
        {
            _time.Advance(TimeSpan.FromSeconds(5));
            await Task.WhenAll(_a.Scheduler.RunOnceAsync(CancellationToken.None), _b.Scheduler.RunOnceAsync(CancellationToken.None));
        }

        // Two minutes of steps every 5 s: a pass at 0, 60 and 120 s, each followed by the jobs, on A alone.
        Assert.True(_a.Scheduler.HoldsLease);
        Assert.Equal([Start, Start.AddSeconds(60), Start.AddSeconds(120)], _jobOfA.Runs);
        Assert.Empty(_jobOfB.Runs);
    }

    [Fact]
    public async Task AJobFails_ItIsLoggedAndTheOthersStillRun()
    {
        await _a.Scheduler.RunOnceAsync(CancellationToken.None);

        Assert.Single(_jobOfA.Runs);
        var failure = Assert.Single(_a.Logs.Lines, l => l.EventId == 3041);
        Assert.Contains("failing", failure.Text, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(failure.Exception);
    }

    private static void Register(IServiceCollection services, CountingJob job)
    {
        services.AddSingleton<IPeriodicJob>(new FailingJob());
        services.AddSingleton<IPeriodicJob>(job);
    }

    private sealed class CountingJob(string name) : IPeriodicJob
    {
        private readonly List<DateTimeOffset> _runs = [];

        public string Name => name;

        public IReadOnlyList<DateTimeOffset> Runs
        {
            get
            {
                lock (_runs)
                {
                    return [.. _runs];
                }
            }
        }

        public Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
        {
            lock (_runs)
            {
                _runs.Add(now);
            }

            return Task.CompletedTask;
        }
    }

    private sealed class FailingJob : IPeriodicJob
    {
        public string Name => "failing";

        public Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken) => throw new InvalidOperationException("Broken on purpose.");
    }
}
