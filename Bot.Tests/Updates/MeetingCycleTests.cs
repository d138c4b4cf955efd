using ForumBot.Network;
using ForumBot.Updates.Cycles;

namespace ForumBot.Tests.Updates;

public sealed class MeetingCycleTests
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
    private readonly CalendarMeetingCycles _cycles = new();

    [Fact]
    public void Cycle_Fritidsjob_HasPromptDeadlineAndReminderInLocalTime()
    {
        var cycle = _cycles.MeetingsBetween(Forum("0 9 * * 2#1", 7, 2), Copenhagen, At(2026, 11, 25), At(2026, 12, 31)).First();

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
        var cycle = _cycles.MeetingsBetween(Forum("0 9 * * 2", 7, 2), Copenhagen, At(2026, 10, 26), At(2026, 10, 28)).Single();

        Assert.Equal(new DateTimeOffset(2026, 10, 27, 8, 0, 0, TimeSpan.Zero), cycle.MeetingStart);
        Assert.Equal(new DateTimeOffset(2026, 10, 20, 7, 0, 0, TimeSpan.Zero), cycle.PromptAt);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 8, 0, 0, TimeSpan.Zero), cycle.DeadlineAt);
        Assert.Equal(new DateTimeOffset(2026, 10, 24, 7, 0, 0, TimeSpan.Zero), cycle.ReminderAt);
    }

    [Fact]
    public void Cycle_ReminderNotAfterThePrompt_HasNoReminder()
    {
        // Prompt 2 days before at 09:00, deadline 1 day before: 09:00 the day before the deadline is the prompt itself.
        var cycle = _cycles.MeetingsBetween(Forum("0 9 * * 2", 2, 1), Copenhagen, At(2026, 12, 1), At(2026, 12, 2)).Single();

        Assert.Null(cycle.ReminderAt);
    }

    [Fact]
    public void Queries_FindCyclesByPromptReminderAndOpenness()
    {
        var forum = Forum("0 9 * * 2#1", 7, 2);

        Assert.Single(_cycles.PromptedBetween(forum, Copenhagen, DemoNetwork.FritidsjobPrompt, DemoNetwork.FritidsjobPrompt));
        Assert.Empty(_cycles.PromptedBetween(forum, Copenhagen, DemoNetwork.FritidsjobPrompt.AddSeconds(1), DemoNetwork.FritidsjobPrompt.AddDays(1)));
        Assert.Single(_cycles.RemindedBetween(forum, Copenhagen, DemoNetwork.FritidsjobReminder, DemoNetwork.FritidsjobReminder));
        Assert.Single(_cycles.OpenAt(forum, Copenhagen, DemoNetwork.FritidsjobPrompt));
        Assert.Single(_cycles.OpenAt(forum, Copenhagen, DemoNetwork.FritidsjobDeadline.AddTicks(-1)));
        Assert.Empty(_cycles.OpenAt(forum, Copenhagen, DemoNetwork.FritidsjobDeadline));
        Assert.Empty(_cycles.OpenAt(forum, Copenhagen, DemoNetwork.FritidsjobPrompt.AddTicks(-1)));
    }

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.Zero);

    private static Forum Forum(string cadence, int promptDays, int dueDays) =>
        new("f", "Forum", ForumLevel.Frontline, [], [], cadence, 90, promptDays, dueDays, null, null);
}
