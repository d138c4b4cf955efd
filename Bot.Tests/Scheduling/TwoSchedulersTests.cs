using ForumBot.Scheduling;
using ForumBot.Tests.Fixtures;
using ForumBot.Tests.Scheduling.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ForumBot.Tests.Scheduling;

/// <summary>Two service instances over one storage account, ticking side by side: one holds the lease, each job runs once.</summary>
public sealed class TwoSchedulersTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private readonly ListSource _source = new();
    private CapturingConnector _connector = null!;
    private TestApp _a = null!;
    private TestApp _b = null!;

    public async Task InitializeAsync()
    {
        _connector = await CapturingConnector.StartAsync();
        _a = await TestApp.StartAsync(SchedulingTestApp.Options(time: _time, configure: services => services.AddSingleton<IDueWorkSource>(_source)));
        _b = await TestApp.StartAsync(SchedulingTestApp.Options(_a.TablePrefix, _time, configure: services => services.AddSingleton<IDueWorkSource>(_source)));

        // 30 messages due over the next 15 minutes, some at the same instant.
        for (var i = 0; i < 30; i++)
        {
            await _a.SeedPersonalAsync(ListSource.Person(i), _connector.ServiceUrl);
            _source.Work.Add(ListSource.ToPerson("job-" + i, Start.AddSeconds(30 * (i / 2)), ListSource.Person(i)));
        }
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task BothTicking_OneHoldsTheLeaseAndEachJobIsSentOnce()
    {
        var holders = new HashSet<string>();
        for (var step = 0; step < 40; step++)
        {
            await Task.WhenAll(_a.Scheduler.RunOnceAsync(CancellationToken.None), _b.Scheduler.RunOnceAsync(CancellationToken.None));
            Assert.NotEqual(_a.Scheduler.HoldsLease, _b.Scheduler.HoldsLease);
            holders.Add(_a.Scheduler.HoldsLease ? "a" : "b");
            _time.Advance(TimeSpan.FromSeconds(30));
        }

        Assert.Single(holders);
        AssertEachJobSentOnce();
    }

    [Fact]
    public async Task HolderKilled_TheOtherTakesOverAfterExpiryAndEachJobIsSentOnce()
    {
        await _a.Scheduler.RunOnceAsync(CancellationToken.None);
        await _b.Scheduler.RunOnceAsync(CancellationToken.None);
        Assert.True(_a.Scheduler.HoldsLease);
        var takenOverAfter = TimeSpan.Zero;
        for (var step = 1; step <= 40; step++)
        {
            _time.Advance(TimeSpan.FromSeconds(20));

            // A runs for the first five minutes only, then dies without releasing the lease.
            if (step <= 15)
            {
                await _a.Scheduler.RunOnceAsync(CancellationToken.None);
            }

            await _b.Scheduler.RunOnceAsync(CancellationToken.None);
            if (_b.Scheduler.HoldsLease && takenOverAfter == TimeSpan.Zero)
            {
                takenOverAfter = TimeSpan.FromSeconds(20 * (step - 15));
            }
        }

        Assert.True(_b.Scheduler.HoldsLease);
        Assert.InRange(takenOverAfter, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(80));
        AssertEachJobSentOnce();
    }

    private void AssertEachJobSentOnce()
    {
        var sent = _connector.Requests.Select(r => r.Body!["text"]!.GetValue<string>()).ToList();
        Assert.Equal(_source.Work.Select(w => w.Key).Order(), sent.Order());
    }
}
