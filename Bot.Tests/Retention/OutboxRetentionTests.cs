using ForumBot.Tests.Fixtures;
using ForumBot.Retention;
using ForumBot.Scheduling;
using ForumBot.Scheduling.Outbox;
using ForumBot.Tests.Scheduling.Support;

namespace ForumBot.Tests.Retention;

/// <summary>Outbox rows go when they are done and old; anything still to be sent stays, however old.</summary>
public sealed class OutboxRetentionTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 8, 30, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task RunPass_SentAndFailedBeforeCutoff_AreDeletedWithFailedMarkers_PendingSendingAndRecentKept()
    {
        await using var host = await TestApp.StartAsync(RetentionTestApp.At(Start));
        var outbox = host.Get<OutboxStore>();
        foreach (var key in new[] { "old-sent", "old-failed", "old-pending", "old-sending", "old-sent-late" })
        {
            await outbox.EnqueueAsync(ListSource.ToPerson(key, Start, ListSource.Person(1)), None);
        }

        await FinishAsync(host, "old-sent", sent: true);
        await FinishAsync(host, "old-failed", sent: false);
        Assert.NotNull(await ClaimAsync(host, "old-sending"));

        host.FakeTime.Advance(TimeSpan.FromDays(400));
        await FinishAsync(host, "old-sent-late", sent: true);
        foreach (var key in new[] { "new-sent", "new-failed" })
        {
            await outbox.EnqueueAsync(ListSource.ToPerson(key, host.FakeTime.GetUtcNow(), ListSource.Person(2)), None);
        }

        await FinishAsync(host, "new-sent", sent: true);
        await FinishAsync(host, "new-failed", sent: false);

        var result = await host.Get<RetentionService>().RunPassAsync(None);

        Assert.Empty(result.Failed);
        Assert.Equal(3, result.Deleted["outbox"]); // two items and one failed marker
        Assert.Null(await outbox.FindAsync("old-sent", None));
        Assert.Null(await outbox.FindAsync("old-failed", None));
        Assert.Equal(OutboxState.Pending, (await outbox.FindAsync("old-pending", None))?.State);
        Assert.Equal(OutboxState.Sending, (await outbox.FindAsync("old-sending", None))?.State);
        Assert.Equal(OutboxState.Sent, (await outbox.FindAsync("old-sent-late", None))?.State);
        Assert.Equal(OutboxState.Sent, (await outbox.FindAsync("new-sent", None))?.State);
        Assert.Equal(OutboxState.Failed, (await outbox.FindAsync("new-failed", None))?.State);
        var (failures, total) = await outbox.FailuresAsync(10, None);
        Assert.Equal(1, total);
        Assert.Equal("new-failed", Assert.Single(failures).Key);
        Assert.Equal(2, (await outbox.PendingAsync(None)).Count);
    }

    [Fact]
    public async Task RunPass_Twice_DeletesNothingMore()
    {
        await using var host = await TestApp.StartAsync(RetentionTestApp.At(Start));
        await host.Get<OutboxStore>().EnqueueAsync(ListSource.ToPerson("old-sent", Start, ListSource.Person(1)), None);
        await FinishAsync(host, "old-sent", sent: true);
        host.FakeTime.Advance(TimeSpan.FromDays(366));

        var first = await host.Get<RetentionService>().RunPassAsync(None);
        var second = await host.Get<RetentionService>().RunPassAsync(None);

        Assert.Equal(1, first.Deleted["outbox"]);
        Assert.Equal(0, second.Total);
        Assert.Empty(second.Failed);
    }

    private static async Task<ClaimedMessage?> ClaimAsync(TestApp host, string key)
    {
        var now = host.FakeTime.GetUtcNow();
        var due = (await host.Get<OutboxStore>().DueAsync(now, 1000, None)).Single(m => m.ItemRow == OutboxKeys.ItemRow(key));
        return await host.Get<OutboxTransitions>().ClaimAsync(due, "test", now, now.AddMinutes(1), None);
    }

    // As the dispatcher ends a delivery: claimed, then sent (with the activity id) or failed.
    private static async Task FinishAsync(TestApp host, string key, bool sent)
    {
        var claim = await ClaimAsync(host, key) ?? throw new InvalidOperationException("not claimable: " + key);
        var now = host.FakeTime.GetUtcNow();
        var transitions = host.Get<OutboxTransitions>();
        var outcome = sent
            ? await transitions.MarkSentAsync(claim, 1, "activity-" + key, "a:conversation", "https://smba.example.com/", now, None)
            : await transitions.MarkFailedAsync(claim, 1, FailureReasons.Gone, null, now, None);
        Assert.True(outcome.Succeeded);
    }
}
