using ForumBot.FollowUps.Model;
using ForumBot.FollowUps.Storage;
using ForumBot.Retention;
using ForumBot.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace ForumBot.Tests.FollowUps;

/// <summary>
/// Retention of follow-ups through the forums' partitions, and the bounded list card. The cutoff is
/// a fixed day: follow-ups closed before it go with their history and index rows; open ones and
/// ones closed after it stay.
/// </summary>
public sealed class FollowUpsRetentionTests : TestAppLifetime
{
    private static readonly DateTimeOffset LongAgo = new(2025, 1, 10, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Cutoff = new(2025, 11, 26, 8, 0, 0, TimeSpan.Zero);

    protected override TestAppOptions Options => FollowUpsTestApp.Options();

    private FollowUpStore Store => App.Get<FollowUpStore>();

    private FollowUpsPurge Purge => App.Services.GetServices<IRetentionPurge>().OfType<FollowUpsPurge>().Single();

    [Fact]
    public async Task Purge_RemovesFollowUpsClosedBeforeTheCutoff_WithHistoryAndIndexRows_AndKeepsTheRest()
    {
        await App.CreateAsync("old234", new DateOnly(2025, 1, 20), LongAgo);
        await App.ChangeAsync("old234", f => f with { Status = FollowUpStatus.Done }, FollowUpChangeKind.Done, LongAgo.AddDays(10));
        await App.CreateAsync("opn234", new DateOnly(2025, 1, 20), LongAgo);
        await App.CreateAsync("rec234", new DateOnly(2025, 1, 20), LongAgo);
        await App.ChangeAsync("rec234", f => f with { Status = FollowUpStatus.Cancelled }, FollowUpChangeKind.Cancelled, Cutoff.AddDays(1));

        var deleted = await Purge.PurgeOlderThanAsync(Cutoff, CancellationToken.None);

        Assert.Equal(5, deleted); // item, two history rows, the forum's and the owner's pointers
        Assert.Null(await Store.FindAsync("old234", CancellationToken.None));
        Assert.Empty(await Store.HistoryAsync("old234", CancellationToken.None));
        Assert.DoesNotContain(await App.RowsAsync(FollowUpKeys.Table), r => r.GetString("FollowUpId") == "old234");
        Assert.Equal(["opn234", "rec234"], (await Store.ForumAsync("fritidsjob", CancellationToken.None)).Select(s => s.FollowUp.Id).Order());
        Assert.Equal(2, (await Store.OwnerAllAsync("p-frontline-demo", CancellationToken.None)).Count);
        Assert.Equal(0, await Purge.PurgeOlderThanAsync(Cutoff, CancellationToken.None));
    }

    [Fact]
    public async Task Purge_WritesTheOpenByDuePointerOfAnOpenFollowUpThatLacksIt()
    {
        var followUp = await App.CreateAsync("lak234", new DateOnly(2026, 12, 4), LongAgo);
        var table = App.Table(FollowUpKeys.Table);
        var pointer = (await table.GetEntityAsync<FollowUpRow>(FollowUpKeys.ForumOpen("fritidsjob"), FollowUpKeys.DueRow(followUp.Due, followUp.Id))).Value;
        await table.DeleteEntityAsync(pointer.PartitionKey, pointer.RowKey);
        Assert.Empty(await Store.ForumOpenAsync("fritidsjob", null, null, CancellationToken.None));

        await Purge.PurgeOlderThanAsync(Cutoff, CancellationToken.None);

        Assert.Equal("lak234", Assert.Single(await Store.ForumOpenAsync("fritidsjob", null, null, CancellationToken.None)).FollowUp.Id);
    }

    [Fact]
    public async Task Opfoelgninger_ShowsAtMostTwenty_AndHowManyMore()
    {
        for (var i = 0; i < 23; i++)
        {
            await App.CreateAsync($"lst{(char)('a' + i)}22", new DateOnly(2026, 12, 4), LongAgo, text: $"Opgave {i:D2}");
        }

        var text = await App.AskAsync("opfølgninger", "da-DK", DemoNetwork.FrontlineAad);

        Assert.Equal(20, text.Split('\n').Count(l => l.StartsWith("Opgave ", StringComparison.Ordinal)));
        Assert.EndsWith("…og 3 flere.", text, StringComparison.Ordinal);
    }
}
