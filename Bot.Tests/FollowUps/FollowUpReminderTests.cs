using ForumBot.FollowUps.Model;
using ForumBot.FollowUps.Reminders;
using ForumBot.Scheduling;
using ForumBot.Tests.Fixtures;
using ForumBot.Tests.Updates;

namespace ForumBot.Tests.FollowUps;

/// <summary>
/// The owner's reminders: 09:00 Copenhagen time two days before the due day and on the morning
/// after it, across both DST changes, none once done, new ones for a new due date, and each sent
/// once by the scheduler's pass. Every instant is derived from fixed days, not from today.
/// </summary>
public sealed class FollowUpReminderTests : TestAppLifetime
{
    protected override TestAppOptions Options => FollowUpsTestApp.Options();

    public static TheoryData<DateOnly, DateTimeOffset, DateTimeOffset> AroundDstChanges => new()
    {
        // Summer time ends Sunday 25 October 2026: Thursday 22nd 09:00 is 07:00Z, Sunday 25th 09:00 is 08:00Z.
        { new DateOnly(2026, 10, 24), new DateTimeOffset(2026, 10, 22, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 10, 25, 8, 0, 0, TimeSpan.Zero) },

        // Summer time starts Sunday 28 March 2027: Thursday 25th 09:00 is 08:00Z, Sunday 28th 09:00 is 07:00Z.
        { new DateOnly(2027, 3, 27), new DateTimeOffset(2027, 3, 25, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 3, 28, 7, 0, 0, TimeSpan.Zero) },
    };

    [Theory]
    [MemberData(nameof(AroundDstChanges))]
    public async Task Reminders_ComeAt0900LocalTwoDaysBeforeAndTheMorningAfter_AcrossADstChange(DateOnly due, DateTimeOffset before, DateTimeOffset overdue)
    {
        await App.CreateAsync("rem234", due, before.AddDays(-20));

        var first = Assert.Single(await DueAsync(before.AddMinutes(-1), before));
        Assert.Equal(($"followup|rem234|remind|{due:yyyy-MM-dd}|before", before, "followup-reminder"), (first.Key, first.DueAt, first.Kind));
        Assert.Equal(new MessageTarget.Person(DemoNetwork.Sara.AadObjectId), first.Target);
        var text = CardTextOf(first);
        Assert.Contains($"Påmindelse: opfølgningen skal være udført {DueDates.Format(due, Localization.Language.Danish)}, om to dage.", text, StringComparison.Ordinal);
        Assert.Contains("followup.done", UpdateCards.Actions(UpdateCards.Card(first)).Select(a => a["verb"]!.GetValue<string>()));

        Assert.Empty(await DueAsync(before.AddMinutes(-61), before.AddMinutes(-1)));
        Assert.Empty(await DueAsync(before.AddSeconds(1), overdue.AddSeconds(-1)));

        var late = Assert.Single(await DueAsync(overdue.AddMinutes(-1), overdue));
        Assert.Equal(($"followup|rem234|remind|{due:yyyy-MM-dd}|overdue", overdue), (late.Key, late.DueAt));
        Assert.Contains($"Opfølgningen skulle være udført {DueDates.Format(due, Localization.Language.Danish)} og er ikke markeret som udført.", CardTextOf(late), StringComparison.Ordinal);
        Assert.Contains("⚠ Overskredet: Ring til Netto om sommerjob", CardTextOf(late), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoReminders_OnceDoneOrCancelled()
    {
        var due = new DateOnly(2026, 12, 4);
        await App.CreateAsync("don234", due, new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));
        await App.CreateAsync("can234", due, new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero), owner: "p-camilla-friis", organisation: "kk-bif");
        var window = (new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 6, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(4, (await DueAsync(window.Item1, window.Item2)).Count);

        await App.ChangeAsync("don234", f => f with { Status = FollowUpStatus.Done }, FollowUpChangeKind.Done, new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero));
        await App.ChangeAsync("can234", f => f with { Status = FollowUpStatus.Cancelled }, FollowUpChangeKind.Cancelled, new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero));

        Assert.Empty(await DueAsync(window.Item1, window.Item2));
    }

    [Fact]
    public async Task ANewDueDate_GetsItsOwnReminders_AndOneSetAfterTheMomentGetsNoneForIt()
    {
        var created = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
        await App.CreateAsync("mov234", new DateOnly(2026, 12, 4), created);

        // Moved on Wednesday 2 December at 10:00, after that morning's reminder for Friday 4th; the new date is Friday 11th.
        await App.ChangeAsync("mov234", f => f with { Due = new DateOnly(2026, 12, 11) }, FollowUpChangeKind.DueChanged, new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero), "2026-12-11");
        var keys = (await DueAsync(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 13, 0, 0, 0, TimeSpan.Zero))).Select(w => w.Key);
        Assert.Equal(["followup|mov234|remind|2026-12-11|before", "followup|mov234|remind|2026-12-11|overdue"], keys.Order(StringComparer.Ordinal));

        // Created on Thursday 10 December at 10:00, due Saturday 12th: that day's 09:00 had passed, so only the overdue one.
        await App.CreateAsync("new234", new DateOnly(2026, 12, 12), new DateTimeOffset(2026, 12, 10, 9, 0, 0, TimeSpan.Zero), owner: "p-camilla-friis", organisation: "kk-bif");
        var late = await DueAsync(new DateTimeOffset(2026, 12, 10, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 14, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(["followup|new234|remind|2026-12-12|overdue"], late.Where(w => w.Key.Contains("new234", StringComparison.Ordinal)).Select(w => w.Key));
    }

    [Fact]
    public async Task TheSchedulerPass_EnqueuesAReminderOnce()
    {
        await App.CreateAsync("pas234", new DateOnly(2026, 12, 4), new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));
        var at = new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);
        App.FakeTime.SetUtcNow(at.AddMinutes(1));
        var pass = App.Get<SchedulerPass>();

        await pass.RunAsync(at.AddMinutes(1), null, CancellationToken.None);
        var second = await pass.RunAsync(at.AddMinutes(1), null, CancellationToken.None);

        Assert.NotNull(await App.Outbox.FindAsync("followup|pas234|remind|2026-12-04|before", CancellationToken.None));
        Assert.Equal(0, second.Enqueued);
    }

    [Fact]
    public void ReminderTimes_AreLocalNineOClock()
    {
        var zone = DemoNetwork.Snapshot().TimeZone;

        Assert.Equal(new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero), ReminderTimes.At(new DateOnly(2026, 12, 4), ForumBot.FollowUps.Delivery.ReminderMoment.Before, zone));
        Assert.Equal(new DateTimeOffset(2026, 7, 2, 7, 0, 0, TimeSpan.Zero), ReminderTimes.At(new DateOnly(2026, 7, 1), ForumBot.FollowUps.Delivery.ReminderMoment.Overdue, zone));
    }

    private Task<List<DueWork>> DueAsync(DateTimeOffset from, DateTimeOffset to) => App.DueAsync<FollowUpReminderSource>(from, to);

    private static string CardTextOf(DueWork work) => CardText.Of(UpdateCards.Card(work));
}
