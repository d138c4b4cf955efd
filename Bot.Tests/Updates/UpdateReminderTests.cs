using ForumBot.Tests.Fixtures;
using ForumBot.Updates.Requests;

namespace ForumBot.Tests.Updates;

/// <summary>The one reminder, at 09:00 local on the day before the deadline, to those whose update is still missing.</summary>
public sealed class UpdateReminderTests : IAsyncLifetime
{
    private TestApp _host = null!;
    private List<ForumBot.Scheduling.DueWork> _requests = null!;

    public async Task InitializeAsync()
    {
        _host = await TestApp.StartAsync(UpdatesTestApp.At(DemoNetwork.FritidsjobPrompt));
        _requests = await _host.RequestsAsync(DemoNetwork.FritidsjobPrompt);
        _host.FakeTime.Advance(TimeSpan.FromDays(1));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Reminder_DayBeforeTheDeadline_GoesOnlyToContactsWhoseUpdateIsMissing()
    {
        await SubmitAsync(DemoNetwork.Sara, "fritidsjob-kk");
        await SubmitAsync(DemoNetwork.Person("p-hassan-osman"), "jobklub-husum");
        _host.FakeTime.SetUtcNow(DemoNetwork.FritidsjobReminder);

        var reminders = await _host.RemindersAsync(DemoNetwork.FritidsjobReminder);

        var answered = new[] { "fritidsjob-kk", "jobklub-husum" };
        var expected = DemoNetwork.ContactPairs("fritidsjob").Where(p => !answered.Contains(p.InitiativeId)).ToList();
        Assert.Equal(expected.Count, reminders.Count);
        Assert.Equal(
            expected.Select(p => $"fritidsjob|{DemoNetwork.FritidsjobMeetingId}|update-reminder|{p.PersonId}|{p.InitiativeId}").Order(),
            reminders.Select(w => w.Key).Order());
        Assert.DoesNotContain(reminders, w => w.Key.Contains("|p-camilla-friis|", StringComparison.Ordinal));
        Assert.Contains(reminders, w => w.Key.EndsWith("|p-frontline-demo|kom-i-gang-job", StringComparison.Ordinal));
        Assert.All(reminders, w => Assert.Equal(DemoNetwork.FritidsjobReminder, w.DueAt));
        var card = UpdateCards.Card(reminders.First(w => w.Key.EndsWith("|p-frontline-demo|kom-i-gang-job", StringComparison.Ordinal)));
        Assert.Contains("Påmindelse: opdateringen om Kom i gang – første fritidsjob skal være indsendt søndag den 29. november 2026 kl. 09.00.", CardText.Of(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminder_IsNotDueAtOtherTimes()
    {
        Assert.Empty(await _host.RemindersAsync(DemoNetwork.FritidsjobReminder.AddMinutes(-2)));
        Assert.Empty(await _host.RemindersAsync(DemoNetwork.FritidsjobReminder.AddHours(1)));
    }

    [Fact]
    public async Task Reminder_CaughtUpAfterTheDeadline_IsNotSent()
    {
        _host.FakeTime.SetUtcNow(DemoNetwork.FritidsjobDeadline.AddHours(1));

        var late = await _host.DueAsync<UpdateReminderSource>(DemoNetwork.FritidsjobReminder.AddHours(-1), DemoNetwork.FritidsjobDeadline.AddHours(1));

        // Gadeplansnetværket's reminder (deadline 30 November) is legitimately due in this window too.
        Assert.DoesNotContain(late, w => w.Key.StartsWith("fritidsjob|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reminder_WhenEveryUpdateIsIn_IsSentToNobody()
    {
        foreach (var initiative in DemoNetwork.ContactPairs("fritidsjob").GroupBy(p => p.InitiativeId))
        {
            await SubmitAsync(DemoNetwork.Person(initiative.First().PersonId), initiative.Key);
        }

        Assert.Empty(await _host.RemindersAsync(DemoNetwork.FritidsjobReminder));
    }

    private async Task SubmitAsync(DemoPerson person, string initiativeId)
    {
        var card = UpdateCards.Card(_requests.Single(w => w.Key.EndsWith($"|{person.Id}|{initiativeId}", StringComparison.Ordinal)));
        var body = await _host.ExecuteAsync(person, "update.submit", UpdateCards.Press(card, "update.submit", ("status", "on-track"), ("reached", "1")));
        Assert.Contains("✓", CardText.Of(UpdateCards.FromInvoke(body)), StringComparison.Ordinal);
    }
}
