using ForumBot.Tests.Fixtures;
using ForumBot.Network;
using ForumBot.Scheduling;
using ForumBot.Updates.Cycles;

namespace ForumBot.Tests.Updates;

public sealed class MeetingCycleTests
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    [Fact]
    public void Cycle_Fritidsjob_HasPromptDeadlineAndReminderInLocalTime()
    {
        var cycle = UpdateCycles.MeetingsBetween(Forum("0 9 * * 2#1", 7, 2), Copenhagen, At(2026, 11, 25), At(2026, 12, 31)).First();

        Assert.Equal("2026-12-01T09:00", cycle.MeetingId);
        Assert.Equal(DemoNetwork.FritidsjobMeeting, cycle.MeetingStart);
        Assert.Equal(DemoNetwork.FritidsjobPrompt, cycle.PromptAt);
        Assert.Equal(DemoNetwork.FritidsjobDeadline, cycle.DeadlineAt);
        Assert.Equal(DemoNetwork.FritidsjobReminder, cycle.ReminderAt);
    }

    [Fact]
    public void Cycle_AcrossTheAutumnClockChange_KeepsTheLocalClockTimes()
    {
        // Meeting Tuesday 27 October 2026 09:00 CET, two days after summer time ended (25 October):
        // its prompt (20 October) and reminder (24 October) are at 09:00 summer time, i.e. 07:00Z.
        var cycle = UpdateCycles.MeetingsBetween(Forum("0 9 * * 2", 7, 2), Copenhagen, At(2026, 10, 26), At(2026, 10, 28)).Single();

        Assert.Equal(new DateTimeOffset(2026, 10, 27, 8, 0, 0, TimeSpan.Zero), cycle.MeetingStart);
        Assert.Equal(new DateTimeOffset(2026, 10, 20, 7, 0, 0, TimeSpan.Zero), cycle.PromptAt);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 8, 0, 0, TimeSpan.Zero), cycle.DeadlineAt);
        Assert.Equal(new DateTimeOffset(2026, 10, 24, 7, 0, 0, TimeSpan.Zero), cycle.ReminderAt);
    }

    [Fact]
    public void Cycle_ReminderNotAfterThePrompt_HasNoReminder()
    {
        // Prompt 2 days before at 09:00, deadline 1 day before: 09:00 the day before the deadline is the prompt itself.
        var cycle = UpdateCycles.MeetingsBetween(Forum("0 9 * * 2", 2, 1), Copenhagen, At(2026, 12, 1), At(2026, 12, 2)).Single();

        Assert.Null(cycle.ReminderAt);
    }

    [Fact]
    public void Queries_FindCyclesByPromptReminderAndOpenness()
    {
        var forum = Forum("0 9 * * 2#1", 7, 2);

        Assert.Single(UpdateCycles.PromptedBetween(forum, Copenhagen, DemoNetwork.FritidsjobPrompt, DemoNetwork.FritidsjobPrompt));
        Assert.Empty(UpdateCycles.PromptedBetween(forum, Copenhagen, DemoNetwork.FritidsjobPrompt.AddSeconds(1), DemoNetwork.FritidsjobPrompt.AddDays(1)));
        Assert.Single(UpdateCycles.RemindedBetween(forum, Copenhagen, DemoNetwork.FritidsjobReminder, DemoNetwork.FritidsjobReminder));
        Assert.Single(UpdateCycles.OpenAt(forum, Copenhagen, DemoNetwork.FritidsjobPrompt));
        Assert.Single(UpdateCycles.OpenAt(forum, Copenhagen, DemoNetwork.FritidsjobDeadline.AddTicks(-1)));
        Assert.Empty(UpdateCycles.OpenAt(forum, Copenhagen, DemoNetwork.FritidsjobDeadline));
        Assert.Empty(UpdateCycles.OpenAt(forum, Copenhagen, DemoNetwork.FritidsjobPrompt.AddTicks(-1)));
    }

    [Fact]
    public void Cycle_PromptInTheSpringGap_MovesToTheEndOfTheGapAsTheCalendarDoes()
    {
        // Sunday 5 April 2026 02:30, prompt 7 local days before: Sunday 29 March 02:30, which does
        // not exist in Copenhagen (02:00 → 03:00). Like Cronos, the calendar moves it to 03:00 CEST (01:00Z), not 03:30.
        var forum = Forum("30 2 5 4 *", 7, 2);

        var cycle = UpdateCycles.MeetingsBetween(forum, Copenhagen, At(2026, 4, 4), At(2026, 4, 6)).Single();

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), cycle.PromptAt);
        Assert.Equal("2026-04-05T02:30", cycle.MeetingId);
        Assert.Single(UpdateCycles.PromptedBetween(forum, Copenhagen, cycle.PromptAt, cycle.PromptAt));
    }

    [Theory]
    [InlineData("0 9 * * 2#1")]
    [InlineData("0 10 1-7,15-21 * 3")]
    [InlineData("30 2 * * 0")]
    [InlineData("30 2 25 10 *")]
    public void Cycles_AreTheCalendarsMeetings_WithItsIdsAndTimes(string cadence)
    {
        var forum = Forum(cadence, 7, 2);
        var (from, to) = (At(2026, 1, 1), At(2027, 1, 1));

        var cycles = UpdateCycles.MeetingsBetween(forum, Copenhagen, from, to).ToList();
        var meetings = MeetingCalendar.MeetingsBetween(forum.ToCadence(), Copenhagen, from, to).ToList();

        Assert.NotEmpty(cycles);
        Assert.Equal(
            meetings.Select(m => (m.MeetingId, m.StartsAtUtc, m.PromptAtUtc, m.DeadlineAtUtc)),
            cycles.Select(c => (c.MeetingId, c.MeetingStart, c.PromptAt, c.DeadlineAt)));
        Assert.All(cycles, c => Assert.Equal(c, UpdateCycles.Find(forum, Copenhagen, c.MeetingId)));
    }

    [Theory]
    [InlineData("2026-12-02T09:00")]
    [InlineData("2026-12-01T09:01")]
    [InlineData("2026-12-01 09:00")]
    [InlineData("not-a-meeting")]
    public void Find_AnIdThatNamesNoMeeting_IsNull(string meetingId)
    {
        Assert.Null(UpdateCycles.Find(Forum("0 9 * * 2#1", 7, 2), Copenhagen, meetingId));
    }

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.Zero);

    private static Forum Forum(string cadence, int promptDays, int dueDays) =>
        new("f", "Forum", ForumLevel.Frontline, [], [], cadence, 90, promptDays, dueDays, null, null);
}
