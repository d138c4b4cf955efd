using ForumBot.Network;

namespace ForumBot.Updates.Cycles;

/// <summary>
/// Meetings from the forum's Cronos cadence in the network's zone. The request goes out
/// promptDaysBefore days before the meeting and updates are due updatesDueDaysBefore days
/// before it, both at the meeting's local clock time; the reminder is at 09:00 local on the
/// day before the deadline's day, and only when that is after the request went out.
/// </summary>
public sealed class CronMeetingCycles : IMeetingCycles
{
    public static readonly TimeOnly ReminderTime = new(9, 0);

    public IEnumerable<MeetingCycle> MeetingsBetween(Forum forum, TimeZoneInfo zone, DateTimeOffset earliestStart, DateTimeOffset latestStart)
    {
        ArgumentNullException.ThrowIfNull(forum);
        ArgumentNullException.ThrowIfNull(zone);
        if (latestStart < earliestStart)
        {
            return [];
        }

        return forum.Schedule()
            .GetOccurrences(earliestStart, latestStart, zone, fromInclusive: true, toInclusive: true)
            .Select(start => Cycle(forum, zone, start));
    }

    public static MeetingCycle Cycle(Forum forum, TimeZoneInfo zone, DateTimeOffset meetingStart)
    {
        ArgumentNullException.ThrowIfNull(forum);
        var local = TimeZoneInfo.ConvertTime(meetingStart, zone).DateTime;
        var prompt = ToUtc(local.AddDays(-forum.PromptDaysBefore), zone);
        var deadlineLocal = local.AddDays(-forum.UpdatesDueDaysBefore);
        var deadline = ToUtc(deadlineLocal, zone);
        var reminder = ToUtc(deadlineLocal.Date.AddDays(-1) + ReminderTime.ToTimeSpan(), zone);
        return new MeetingCycle(forum.Id, MeetingCycle.FormatMeetingId(meetingStart, zone), meetingStart.ToUniversalTime(), prompt, deadline, reminder > prompt && reminder < deadline ? reminder : null);
    }

    /// <summary>A local clock time as UTC: in a spring-forward gap, the hour after; when ambiguous, the first.</summary>
    public static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        var offset = zone.IsAmbiguousTime(unspecified) ? zone.GetAmbiguousTimeOffsets(unspecified).Max() : zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset).ToUniversalTime();
    }
}
