using ForumBot.Network;
using ForumBot.Scheduling;

namespace ForumBot.Updates.Cycles;

/// <summary>
/// A forum's update cycles, straight from the scheduler's <see cref="MeetingCalendar"/>: its
/// meetings, meeting ids, prompt and deadline times (local calendar days, DST resolved as Cronos
/// does). The only thing this feature adds is the reminder: 09:00 local on the day before the
/// deadline's day, kept only when it falls after the prompt and before the deadline.
/// </summary>
public static class UpdateCycles
{
    public static readonly TimeOnly ReminderTime = new(9, 0);

    public static MeetingCycle Of(Meeting meeting, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var deadlineDay = LocalTime.ToLocal(meeting.DeadlineAtUtc, zone).Date;
        var reminder = LocalTime.ToUtc(deadlineDay.AddDays(-1) + ReminderTime.ToTimeSpan(), zone);
        var hasReminder = reminder > meeting.PromptAtUtc && reminder < meeting.DeadlineAtUtc;
        return new MeetingCycle(meeting.ForumId, meeting.MeetingId, meeting.StartsAtUtc, meeting.PromptAtUtc, meeting.DeadlineAtUtc, hasReminder ? reminder : null);
    }

    /// <summary>Cycles whose meeting starts in [earliestStart, latestStart], oldest first.</summary>
    public static IEnumerable<MeetingCycle> MeetingsBetween(Forum forum, TimeZoneInfo zone, DateTimeOffset earliestStart, DateTimeOffset latestStart) =>
        MeetingCalendar.MeetingsBetween(forum.ToCadence(), zone, earliestStart, latestStart).Select(meeting => Of(meeting, zone));

    /// <summary>Cycles whose request is due in [from, to].</summary>
    public static IEnumerable<MeetingCycle> PromptedBetween(Forum forum, TimeZoneInfo zone, DateTimeOffset from, DateTimeOffset to) =>
        MeetingCalendar.MeetingsWith(MeetingMoment.Prompt, forum.ToCadence(), zone, from, to).Select(meeting => Of(meeting, zone));

    /// <summary>Cycles whose reminder is due in [from, to]. A reminder lies within two local days before its deadline.</summary>
    public static IEnumerable<MeetingCycle> RemindedBetween(Forum forum, TimeZoneInfo zone, DateTimeOffset from, DateTimeOffset to) =>
        MeetingCalendar.MeetingsWith(MeetingMoment.Deadline, forum.ToCadence(), zone, from, to.AddDays(2))
            .Select(meeting => Of(meeting, zone))
            .Where(c => c.ReminderAt is { } at && at >= from && at <= to);

    /// <summary>Cycles collecting updates at <paramref name="now"/> (prompt passed, deadline not), earliest deadline first.</summary>
    public static IEnumerable<MeetingCycle> OpenAt(Forum forum, TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(forum);

        // An open cycle's prompt lies at most promptDaysBefore local days (+ a DST hour) back.
        return MeetingCalendar.MeetingsWith(MeetingMoment.Prompt, forum.ToCadence(), zone, now.AddDays(-forum.PromptDaysBefore - 1), now)
            .Select(meeting => Of(meeting, zone))
            .Where(c => c.IsOpenAt(now))
            .OrderBy(c => c.DeadlineAt);
    }

    /// <summary>The first cycle whose request goes out after <paramref name="now"/> (within a year), or null.</summary>
    public static MeetingCycle? NextPrompt(Forum forum, TimeZoneInfo zone, DateTimeOffset now) =>
        MeetingCalendar.MeetingsWith(MeetingMoment.Prompt, forum.ToCadence(), zone, now.AddTicks(1), now.AddDays(400))
            .Select(meeting => Of(meeting, zone))
            .FirstOrDefault();

    /// <summary>
    /// The cycle of the forum's meeting with this id, if the calendar has such a meeting; null for
    /// an id that is malformed or names no meeting of the forum's cadence.
    /// </summary>
    public static MeetingCycle? Find(Forum forum, TimeZoneInfo zone, string meetingId)
    {
        ArgumentNullException.ThrowIfNull(forum);
        return MeetingCalendar.FindMeeting(forum.ToCadence(), zone, meetingId) is { } meeting ? Of(meeting, zone) : null;
    }
}
