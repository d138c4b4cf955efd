using ForumBot.Scheduling;
using ForumBot.Tests.Fixtures;
using ForumBot.Tests.Scheduling.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ForumBot.Tests.Scheduling;

/// <summary>The hosted scheduler ticking on a fake clock, and its settings checked at start-up.</summary>
public sealed class SchedulerServiceTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Running_WorkFallsDueLater_IsSentOnTheTickAfterAndTheLeaseIsReleasedOnStop()
    {
        var time = new FakeTimeProvider(Start);
        var source = new ListSource();
        await using var connector = await CapturingConnector.StartAsync();
        await using var host = await TestApp.StartAsync(SchedulingTestApp.Options(time: time, configure: services => services.AddSingleton<IDueWorkSource>(source)));
        await host.SeedPersonalAsync(ListSource.Person(1), connector.ServiceUrl);
        source.Work.Add(ListSource.ToPerson("in-two-minutes", Start.AddMinutes(2), ListSource.Person(1)));

        // The app's own (hosted) scheduler is off; this one, from the app's parts and with the shipped
        // settings (enabled), is started and stopped by the test alone, as the host would.
        var service = ActivatorUtilities.CreateInstance<SchedulerService>(host.Services, Microsoft.Extensions.Options.Options.Create(new SchedulingOptions()));

        await service.StartAsync(CancellationToken.None);
        var sentAt = await AdvanceUntilAsync(time, () => connector.Requests.Count > 0, TimeSpan.FromMinutes(5));
        await service.StopAsync(CancellationToken.None);

        Assert.InRange(sentAt, Start.AddMinutes(2), Start.AddMinutes(3));
        Assert.Equal("in-two-minutes", Assert.Single(connector.Requests).Body!["text"]!.GetValue<string>());
        Assert.True(source.Calls >= 3);
        var lease = await host.Get<SchedulerLease>().ReadAsync(CancellationToken.None);
        Assert.Equal(service.HolderId, lease.Holder);
        Assert.True(lease.ExpiresAt <= time.GetUtcNow());
    }

    [Fact]
    public async Task Disabled_NeverTakesTheLease()
    {
        var time = new FakeTimeProvider(Start);
        await using var host = await TestApp.StartAsync(SchedulingTestApp.Options(time: time, settings: new Dictionary<string, string?> { ["Scheduling:Enabled"] = "false" }));

        await host.Scheduler.StartAsync(CancellationToken.None);
        await AdvanceUntilAsync(time, () => false, TimeSpan.FromMinutes(2));
        await host.Scheduler.StopAsync(CancellationToken.None);

        Assert.Null((await host.Get<SchedulerLease>().ReadAsync(CancellationToken.None)).Holder);
    }

    [Theory]
    [InlineData("Scheduling:TickSeconds", "0")]
    [InlineData("Scheduling:LeaseSeconds", "20")]
    [InlineData("Scheduling:CatchUpHours", "-1")]
    [InlineData("Scheduling:DispatchPollSeconds", "30")]
    [InlineData("Scheduling:MaxConcurrentSends", "0")]
    public async Task Options_OutOfRange_StopTheServiceAtStartUp(string key, string value)
    {
        // The real executable: a bad setting stops it at start-up with one plain line naming the key.
        var result = await ForumBotProcess.StartServiceAsync(new Dictionary<string, string?> { [key] = value });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ForumBot cannot start:", result.Errors, StringComparison.Ordinal);
        Assert.Contains(key, result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_Defaults_AreAsDocumented()
    {
        // Null: not the test apps' Scheduling:Enabled=false, the shipped default.
        await using var host = await TestApp.StartAsync(SchedulingTestApp.Options(settings: new Dictionary<string, string?> { ["Scheduling:Enabled"] = null }));

        var options = host.Get<IOptions<SchedulingOptions>>().Value;

        Assert.Equal((true, 60, 60, 24), (options.Enabled, options.TickSeconds, options.LeaseSeconds, options.CatchUpHours));
    }

    // Moves the fake clock in 5-second steps, letting the service's real work (storage, HTTP) run in between.
    private static async Task<DateTimeOffset> AdvanceUntilAsync(FakeTimeProvider time, Func<bool> done, TimeSpan limit)
    {
        var end = time.GetUtcNow() + limit;
        while (time.GetUtcNow() < end)
        {
            await Task.Delay(30);
            if (done())
            {
                return time.GetUtcNow();
            }

            time.Advance(TimeSpan.FromSeconds(5));
        }

        return time.GetUtcNow();
    }
}
