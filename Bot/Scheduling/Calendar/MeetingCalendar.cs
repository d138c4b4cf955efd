using System.Globalization;
using Cronos;

namespace ForumBot.Scheduling;

/// <summary>
/// A forum's meetings from its <see cref="MeetingCadence"/>, in the network's time zone, with the moments derived
/// from them (prompt, updates deadline, agenda) on the local calendar. Pure: no clock, no storage.
/// Windows are inclusive at both ends, as in <see cref="IDueWorkSource.FindDueAsync"/>.
/// </summary>
public static class MeetingCalendar
{
    /// <summary>Meetings starting in [fromUtc, toUtc].</summary>
    public static IEnumerable<Meeting> MeetingsBetween(MeetingCadence cadence, TimeZoneInfo zone, DateTimeOffset fromUtc, DateTimeOffset toUtc)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        ArgumentNullException.ThrowIfNull(zone);
        if (toUtc < fromUtc)
        {
            return [];
        }

        var schedule = CronExpression.Parse(cadence.Cron, CronFormat.Standard);
        return schedule.GetOccurrences(fromUtc, toUtc, zone, fromInclusive: true, toInclusive: true).Select(start => Create(cadence, zone, start));
    }

    /// <summary>
    /// Meetings whose <paramref name="moment"/> lies in [fromUtc, toUtc], e.g. every meeting whose
    /// prompt falls in a scheduler window although the meeting itself is a week later.
    /// </summary>
    public static IEnumerable<Meeting> MeetingsWith(MeetingMoment moment, MeetingCadence cadence, TimeZoneInfo zone, DateTimeOffset fromUtc, DateTimeOffset toUtc)
    {
        ArgumentNullException.ThrowIfNull(cadence);

        // N local days is N × 24 h ± the DST shift in UTC; one spare day each side covers it.
        var lead = cadence.LeadDays(moment);
        var searchFrom = fromUtc.AddDays(Math.Min(lead, 0) - 1);
        var searchTo = toUtc.AddDays(Math.Max(lead, 0) + 1);
        return MeetingsBetween(cadence, zone, searchFrom, searchTo).Where(m => m.At(moment) >= fromUtc && m.At(moment) <= toUtc);
    }

    /// <summary>The first meeting starting strictly after <paramref name="afterUtc"/>, or null if the cadence never fires again.</summary>
    public static Meeting? NextMeeting(MeetingCadence cadence, TimeZoneInfo zone, DateTimeOffset afterUtc)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        var next = CronExpression.Parse(cadence.Cron, CronFormat.Standard).GetNextOccurrence(afterUtc, zone, inclusive: false);
        return next is { } start ? Create(cadence, zone, start) : null;
    }

    /// <summary>
    /// The meeting with this id (its local start to the minute, <see cref="Meeting.MeetingId"/>), if
    /// the cadence has one; null for an id that is malformed or names no meeting of the cadence.
    /// </summary>
    public static Meeting? FindMeeting(MeetingCadence cadence, TimeZoneInfo zone, string meetingId)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (!DateTime.TryParseExact(meetingId, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var localStart))
        {
            return null;
        }

        // The id is the meeting's local start; a DST shift moves its instant by an hour at most.
        var around = LocalTime.ToUtc(localStart, zone);
        return MeetingsBetween(cadence, zone, around.AddHours(-2), around.AddHours(2)).FirstOrDefault(m => m.MeetingId == meetingId);
    }

    /// <summary>
    /// Weekly slots at a local day and time (default: Monday 08:00, the managers' digest) in
    /// [fromUtc, toUtc]; each slot's id is its ISO week, stable for keys ("2026-W49").
    /// </summary>
    public static IEnumerable<WeeklySlot> WeeklySlotsBetween(TimeZoneInfo zone, DateTimeOffset fromUtc, DateTimeOffset toUtc,
        DayOfWeek day = DayOfWeek.Monday, TimeOnly? localTime = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var at = localTime ?? new TimeOnly(8, 0);
        var cron = string.Create(CultureInfo.InvariantCulture, $"{at.Minute} {at.Hour} * * {(int)day}");
        if (toUtc < fromUtc)
        {
            return [];
        }

        return CronExpression.Parse(cron, CronFormat.Standard)
            .GetOccurrences(fromUtc, toUtc, zone, fromInclusive: true, toInclusive: true)
            .Select(local => new WeeklySlot(IsoWeek(local.DateTime), local.ToUniversalTime(), local));
    }

    private static Meeting Create(MeetingCadence cadence, TimeZoneInfo zone, DateTimeOffset localStart)
    {
        var start = localStart.ToUniversalTime();
        return new Meeting(
            cadence.ForumId,
            start,
            localStart,
            LocalTime.DaysBefore(start, cadence.PromptDaysBefore, zone),
            LocalTime.DaysBefore(start, cadence.DeadlineDaysBefore, zone),
            LocalTime.DaysBefore(start, cadence.AgendaDaysBefore, zone),
            start.AddMinutes(cadence.DurationMinutes));
    }

    private static string IsoWeek(DateTime date) => string.Create(CultureInfo.InvariantCulture,
        $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):D2}");
}
