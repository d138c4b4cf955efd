using ForumBot.Network;
using ForumBot.Scheduling;

namespace ForumBot.Updates.Cycles;

/// <summary>
/// Meeting cycles from the scheduler's <see cref="MeetingCalendar"/>: its meetings, meeting ids,
/// prompt and deadline times (promptDaysBefore and updatesDueDaysBefore local days before the
/// meeting, at the meeting's local clock time), plus this feature's reminder: 09:00 local on the
/// day before the deadline's day, kept only when it falls after the prompt and before the deadline.
/// </summary>
public sealed class CalendarMeetingCycles : IMeetingCycles
{
    public static readonly TimeOnly ReminderTime = new(9, 0);

    public IEnumerable<MeetingCycle> MeetingsBetween(Forum forum, TimeZoneInfo zone, DateTimeOffset earliestStart, DateTimeOffset latestStart) =>
        MeetingCalendar.MeetingsBetween(forum, zone, earliestStart, latestStart).Select(meeting => Cycle(meeting, zone));

    public static MeetingCycle Cycle(Meeting meeting, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var deadlineDay = LocalTime.ToLocal(meeting.DeadlineAtUtc, zone).Date;
        var reminder = LocalTime.ToUtc(deadlineDay.AddDays(-1) + ReminderTime.ToTimeSpan(), zone);
        var hasReminder = reminder > meeting.PromptAtUtc && reminder < meeting.DeadlineAtUtc;
        return new MeetingCycle(meeting.ForumId, meeting.MeetingId, meeting.StartsAtUtc, meeting.PromptAtUtc, meeting.DeadlineAtUtc, hasReminder ? reminder : null);
    }
}
