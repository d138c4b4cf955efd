using System.Globalization;
using ForumBot.Network;

namespace ForumBot.Updates.Cycles;

/// <summary>
/// One meeting of a forum and the times its update collection runs on, all in UTC:
/// the request goes out at <see cref="PromptAt"/>, updates can be changed until
/// <see cref="DeadlineAt"/>, and a reminder goes out at <see cref="ReminderAt"/> (if any).
/// </summary>
/// <param name="MeetingId">The meeting's id in keys and card data, as the scheduler's calendar names it: the local start to the minute, e.g. "2026-12-01T09:00".</param>
public sealed record MeetingCycle(string ForumId, string MeetingId, DateTimeOffset MeetingStart, DateTimeOffset PromptAt, DateTimeOffset DeadlineAt, DateTimeOffset? ReminderAt)
{
    /// <summary>Updates are collected from the prompt until the deadline.</summary>
    public bool IsOpenAt(DateTimeOffset now) => PromptAt <= now && now < DeadlineAt;

    /// <summary>A meeting id for an instant: its local time to the minute (ids sort by time).</summary>
    public static string FormatMeetingId(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}

/// <summary>
/// The meetings of a forum from its cadence, with their prompt, deadline and reminder times
/// (implemented over the scheduler's MeetingCalendar; tests may substitute their own).
/// </summary>
public interface IMeetingCycles
{
    /// <summary>Every meeting starting in [earliestStart, latestStart], oldest first.</summary>
    IEnumerable<MeetingCycle> MeetingsBetween(Forum forum, TimeZoneInfo zone, DateTimeOffset earliestStart, DateTimeOffset latestStart);
}

public static class MeetingCycleQueries
{
    /// <summary>Cycles whose request is due in [from, to].</summary>
    public static IEnumerable<MeetingCycle> PromptedBetween(this IMeetingCycles cycles, Forum forum, TimeZoneInfo zone, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(cycles);
        ArgumentNullException.ThrowIfNull(forum);
        var lead = TimeSpan.FromDays(forum.PromptDaysBefore);
        return cycles.MeetingsBetween(forum, zone, from + lead - Slack, to + lead + Slack)
            .Where(c => c.PromptAt >= from && c.PromptAt <= to);
    }

    /// <summary>Cycles whose reminder is due in [from, to].</summary>
    public static IEnumerable<MeetingCycle> RemindedBetween(this IMeetingCycles cycles, Forum forum, TimeZoneInfo zone, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(cycles);
        ArgumentNullException.ThrowIfNull(forum);
        var lead = TimeSpan.FromDays(forum.UpdatesDueDaysBefore + 1);
        return cycles.MeetingsBetween(forum, zone, from + lead - Slack - TimeSpan.FromDays(1), to + lead + Slack + TimeSpan.FromDays(1))
            .Where(c => c.ReminderAt is { } at && at >= from && at <= to);
    }

    /// <summary>Cycles collecting updates at <paramref name="now"/> (prompt passed, deadline not), earliest deadline first.</summary>
    public static IEnumerable<MeetingCycle> OpenAt(this IMeetingCycles cycles, Forum forum, TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(cycles);
        ArgumentNullException.ThrowIfNull(forum);
        return cycles.MeetingsBetween(forum, zone, now, now + TimeSpan.FromDays(forum.PromptDaysBefore) + Slack)
            .Where(c => c.IsOpenAt(now))
            .OrderBy(c => c.DeadlineAt);
    }

    // Days are local days: a daylight-saving change moves a UTC window by up to an hour.
    private static readonly TimeSpan Slack = TimeSpan.FromHours(3);
}
