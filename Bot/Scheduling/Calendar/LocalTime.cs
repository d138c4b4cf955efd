namespace ForumBot.Scheduling;

/// <summary>
/// Wall-clock arithmetic in a time zone. Lead times are "N days before at the same local time",
/// so they are computed on the local calendar and only then turned into an instant; subtracting
/// N × 24 h in UTC would move a 09:00 prompt to 08:00 or 10:00 across a DST change.
/// </summary>
public static class LocalTime
{
    /// <summary>The same local time <paramref name="days"/> calendar days earlier, as a UTC instant.</summary>
    public static DateTimeOffset DaysBefore(DateTimeOffset instant, int days, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return ToUtc(local.DateTime.AddDays(-days), zone);
    }

    /// <summary>
    /// A local wall-clock time as a UTC instant, resolved as Cronos resolves cron occurrences:
    /// a time in the spring-forward gap moves to the end of the gap (02:30 → 03:00); a time in
    /// the repeated autumn hour means its first occurrence (summer time).
    /// </summary>
    public static DateTimeOffset ToUtc(DateTime localWallClock, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = DateTime.SpecifyKind(localWallClock, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            // Gaps start and end on whole minutes in every real zone.
            local = local.AddTicks(-(local.Ticks % TimeSpan.TicksPerMinute)).AddMinutes(1);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>An instant in the zone's local time, with the offset that applied then.</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return TimeZoneInfo.ConvertTime(instant, zone);
    }
}
