using Azure;
using Azure.Data.Tables;
using ForumBot.Retention;
using ForumBot.Storage;
using ForumBot.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ForumBot.Tests.Retention;

/// <summary>The hosted service's timing on a fake clock, its resilience to a failing purge, and its setting checked at start-up.</summary>
public sealed class RetentionServiceTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Service_RunsFiveMinutesAfterStartAndThenOnceADay()
    {
        await using var host = await TestApp.StartAsync(RetentionTestApp.At(Start, background: true));
        await SeedClaimAsync(host, "first", Start - TimeSpan.FromDays(3));

        Assert.True(await host.AdvanceUntilAsync(() => host.Get<RetentionService>().PassesCompleted == 1, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(1)));

        Assert.InRange(host.FakeTime.GetUtcNow(), Start + RetentionService.FirstPassDelay, Start + RetentionService.FirstPassDelay + TimeSpan.FromMinutes(1));
        Assert.Empty(await host.RowsAsync(TableNames.Dedupe));
        await SeedClaimAsync(host, "second", host.FakeTime.GetUtcNow() - TimeSpan.FromDays(3));
        host.FakeTime.Advance(TimeSpan.FromHours(23));
        await Task.Delay(300);
        Assert.Equal(1, host.Get<RetentionService>().PassesCompleted);
        Assert.Single(await host.RowsAsync(TableNames.Dedupe));
        Assert.True(await host.AdvanceUntilAsync(() => host.Get<RetentionService>().PassesCompleted == 2, TimeSpan.FromHours(2), TimeSpan.FromMinutes(10)));
        Assert.Empty(await host.RowsAsync(TableNames.Dedupe));
    }

    [Fact]
    public async Task Service_PurgeFails_OtherPurgesRunAndTheHostKeepsServing()
    {
        await using var host = await TestApp.StartAsync(RetentionTestApp.At(Start, services => services.AddSingleton<IRetentionPurge, BrokenPurge>(), background: true));
        await SeedClaimAsync(host, "old", Start - TimeSpan.FromDays(3));

        var direct = await host.Get<RetentionService>().RunPassAsync(None);
        Assert.True(await host.AdvanceUntilAsync(() => host.Get<RetentionService>().PassesCompleted == 2, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(1)));

        Assert.Equal(["broken"], direct.Failed);
        Assert.Equal(1, direct.Deleted["dedupe"]);
        Assert.Empty(await host.RowsAsync(TableNames.Dedupe));
        Assert.Equal("ok", await host.Client.GetStringAsync(new Uri("/healthz", UriKind.Relative)));
    }

    [Theory]
    [InlineData(null, 365)]
    [InlineData("30", 30)]
    [InlineData("3650", 3650)]
    public async Task StartBot_RetentionDaysValidOrAbsent_Starts(string? value, int expected)
    {
        var settings = value is null ? null : new Dictionary<string, string?> { ["ForumBot:RetentionDays"] = value };
        await using var host = await TestApp.StartAsync(RetentionTestApp.At(Start, settings: settings));

        Assert.Equal(expected, host.Get<IOptions<RetentionOptions>>().Value.RetentionDays);
        Assert.Equal(Start - TimeSpan.FromDays(expected), (await host.Get<RetentionService>().RunPassAsync(None)).Cutoff);
    }

    private static async Task SeedClaimAsync(TestApp host, string activityId, DateTimeOffset claimedAt) =>
        await host.Table(TableNames.Dedupe).AddEntityAsync(new TableEntity(TableKeys.Hash("a:conversation"), activityId) { ["State"] = "done", ["ClaimedAt"] = claimedAt }, None);

    private static IEnumerable<Exception> Flatten(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }

    private sealed class BrokenPurge : IRetentionPurge
    {
        public string Name => "broken";

        public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken ct) =>
            Task.FromException<int>(new RequestFailedException(503, "Storage is having a bad day."));
    }
}
