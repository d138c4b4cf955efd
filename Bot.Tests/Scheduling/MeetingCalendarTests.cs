using System.Globalization;
using ForumBot.Network;
using ForumBot.Scheduling;
using ForumBot.Updates.Cycles;

namespace ForumBot.Tests.Scheduling;

/// <summary>Meetings and their lead times in Copenhagen local time, across all four DST changes of 2026 and 2027.</summary>
public sealed class MeetingCalendarTests
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
    private static readonly MeetingCadence WeeklyTuesday = new("weekly", "0 9 * * 2", 90, 7, 2, 1);
    private static readonly MeetingCadence FirstTuesday = new("fritidsjob", "0 9 * * 2#1", 90, 14, 2, 1);

    [Theory]
    // Summer time starts 2026-03-29 and 2027-03-28, ends 2026-10-25 and 2027-10-31.
    [InlineData("2026-03-24", 1, "2026-03-31", 2)]
    [InlineData("2026-10-20", 2, "2026-10-27", 1)]
    [InlineData("2027-03-23", 1, "2027-03-30", 2)]
    [InlineData("2027-10-26", 2, "2027-11-02", 1)]
    public void MeetingsBetween_AcrossADstChange_StaysAtNineLocal(string before, int offsetBefore, string after, int offsetAfter)
    {
        var meetings = MeetingCalendar.MeetingsBetween(WeeklyTuesday, Copenhagen, Utc(before), Utc(after).AddDays(1)).ToList();

        Assert.Equal(2, meetings.Count);
        Assert.All(meetings, m => Assert.Equal(new TimeSpan(9, 0, 0), m.LocalStart.TimeOfDay));
        Assert.Equal(Utc(before).AddHours(9 - offsetBefore), meetings[0].StartsAtUtc);
        Assert.Equal(Utc(after).AddHours(9 - offsetAfter), meetings[1].StartsAtUtc);
        Assert.Equal(TimeSpan.FromHours(offsetBefore), meetings[0].LocalStart.Offset);
        Assert.Equal(TimeSpan.FromHours(offsetAfter), meetings[1].LocalStart.Offset);
        Assert.Equal(meetings[0].StartsAtUtc.AddMinutes(90), meetings[0].EndsAtUtc);
    }

    [Theory]
    // A lead time that spans the change keeps the meeting's local clock time, so its UTC hour differs from the meeting's.
    [InlineData("2026-04-07", 7, "2026-03-24", 8)]
    [InlineData("2026-11-03", 8, "2026-10-20", 7)]
    [InlineData("2027-04-06", 7, "2027-03-23", 8)]
    [InlineData("2027-11-02", 8, "2027-10-19", 7)]
    public void Offsets_AcrossADstChange_AreAtTheMeetingsLocalTime(string meetingDay, int meetingUtcHour, string promptDay, int promptUtcHour)
    {
        var meeting = Assert.Single(MeetingCalendar.MeetingsBetween(FirstTuesday, Copenhagen, Utc(meetingDay), Utc(meetingDay).AddDays(1)));

        Assert.Equal(Utc(meetingDay).AddHours(meetingUtcHour), meeting.StartsAtUtc);
        Assert.Equal(Utc(promptDay).AddHours(promptUtcHour), meeting.PromptAtUtc);
        Assert.Equal(new TimeSpan(9, 0, 0), TimeZoneInfo.ConvertTime(meeting.PromptAtUtc, Copenhagen).TimeOfDay);
        Assert.Equal(Utc(meetingDay).AddDays(-2).AddHours(meetingUtcHour), meeting.DeadlineAtUtc);
        Assert.Equal(Utc(meetingDay).AddDays(-1).AddHours(meetingUtcHour), meeting.AgendaAtUtc);
        Assert.Equal(TimeSpan.Zero, meeting.PromptAtUtc.Offset);
    }

    [Fact]
    public void MeetingId_IsTheLocalStartToTheMinute()
    {
        var meeting = Assert.Single(MeetingCalendar.MeetingsBetween(FirstTuesday, Copenhagen, Utc("2026-12-01"), Utc("2026-12-02")));

        Assert.Equal("2026-12-01T09:00", meeting.MeetingId);
        Assert.Equal("fritidsjob", meeting.ForumId);
    }

    [Fact]
    public void MeetingsWith_Prompt_FindsTheMeetingAWeekLaterAndIncludesBothWindowEnds()
    {
        var prompt = Utc("2026-11-24").AddHours(8);

        var exact = MeetingCalendar.MeetingsWith(MeetingMoment.Prompt, WeeklyTuesday, Copenhagen, prompt, prompt).ToList();
        var before = MeetingCalendar.MeetingsWith(MeetingMoment.Prompt, WeeklyTuesday, Copenhagen, prompt.AddHours(-1), prompt.AddTicks(-1));

        Assert.Equal("2026-12-01T09:00", Assert.Single(exact).MeetingId);
        Assert.Empty(before);
    }

    [Fact]
    public void MeetingsBetween_ForumRecord_UsesItsLeadTimesAndTheDefaultAgendaDay()
    {
        var forum = new Forum("f", "Forum", ForumLevel.Frontline, [], [], "0 9 * * 2#1", 60, 7, 2, null, null);

        var meeting = Assert.Single(MeetingCalendar.MeetingsBetween(forum.ToCadence(), Copenhagen, Utc("2026-12-01"), Utc("2026-12-02")));

        Assert.Equal(Utc("2026-11-24").AddHours(8), meeting.PromptAtUtc);
        Assert.Equal(Utc("2026-11-29").AddHours(8), meeting.DeadlineAtUtc);
        Assert.Equal(Utc("2026-11-29").AddHours(8), meeting.AgendaAtUtc); // the default: two days before (issue 11)
        Assert.Equal(meeting, MeetingCalendar.NextMeeting(forum.ToCadence(), Copenhagen, Utc("2026-11-04")));
    }

    [Fact]
    public void DaysBefore_IntoTheSpringGap_MovesToTheEndOfTheGapAsCronosDoes()
    {
        // 2026-03-30 02:30 CEST; a day earlier 02:30 does not exist (clocks jump 02:00 → 03:00).
        var start = new DateTimeOffset(2026, 3, 30, 2, 30, 0, TimeSpan.FromHours(2));

        var dayBefore = LocalTime.DaysBefore(start, 1, Copenhagen);
        var cronos = Assert.Single(MeetingCalendar.MeetingsBetween(new MeetingCadence("x", "30 2 29 3 *", 30, 0, 0, 0), Copenhagen, Utc("2026-03-29"), Utc("2026-03-30")));

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), dayBefore);
        Assert.Equal(cronos.StartsAtUtc, dayBefore);
    }

    [Fact]
    public void DaysBefore_IntoTheRepeatedAutumnHour_IsItsFirstOccurrence()
    {
        // 2026-10-26 02:30 CET; on 2026-10-25 02:30 happens twice (CEST, then CET).
        var start = new DateTimeOffset(2026, 10, 26, 2, 30, 0, TimeSpan.FromHours(1));

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), LocalTime.DaysBefore(start, 1, Copenhagen));
    }

    [Fact]
    public void WeeklySlotsBetween_MondayEightAcrossMarch_IsEightLocalWithIsoWeekIds()
    {
        var slots = MeetingCalendar.WeeklySlotsBetween(Copenhagen, Utc("2026-03-22"), Utc("2026-04-01")).ToList();

        Assert.Equal(["2026-W13", "2026-W14"], slots.Select(s => s.SlotId));
        Assert.Equal([Utc("2026-03-23").AddHours(7), Utc("2026-03-30").AddHours(6)], slots.Select(s => s.AtUtc));
        Assert.All(slots, s => Assert.Equal(new TimeSpan(8, 0, 0), s.LocalAt.TimeOfDay));
    }

    [Fact]
    public void MeetingsBetween_EmptyOrReversedWindow_FindsNothing()
    {
        Assert.Empty(MeetingCalendar.MeetingsBetween(WeeklyTuesday, Copenhagen, Utc("2026-12-02"), Utc("2026-12-01")));
        Assert.Empty(MeetingCalendar.MeetingsBetween(WeeklyTuesday, Copenhagen, Utc("2026-12-02"), Utc("2026-12-07")));
    }

    private static DateTimeOffset Utc(string day) =>
        DateTimeOffset.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
