using ForumBot.FollowUps.Delivery;
using ForumBot.Scheduling;

namespace ForumBot.FollowUps.Reminders;

/// <summary>
/// When a follow-up's reminders go out (issue 11, point 6): at 09:00 local time two calendar days
/// before the due day, and at 09:00 local on the day after it (the first morning it is overdue).
/// Computed on the local calendar and only then turned into an instant, so a DST change between
/// the two days does not move 09:00 to 08:00 or 10:00 (<see cref="LocalTime"/>).
/// </summary>
public static class ReminderTimes
{
    public static readonly TimeOnly LocalTimeOfDay = new(9, 0);

    public const int DaysBefore = 2;

    public static DateTimeOffset At(DateOnly due, ReminderMoment moment, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var day = moment == ReminderMoment.Before ? due.AddDays(-DaysBefore) : due.AddDays(1);
        return LocalTime.ToUtc(day.ToDateTime(LocalTimeOfDay), zone);
    }

    /// <summary>The calendar day of an instant in the zone.</summary>
    public static DateOnly LocalDay(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
