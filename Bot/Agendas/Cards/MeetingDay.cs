using ForumBot.Localization;

namespace ForumBot.Agendas.Cards;

/// <summary>
/// A meeting's day without its time ("1 December 2026" / "1. december 2026"), for labels that name
/// a meeting in passing (carried over from …); cards that say when a meeting is use <see cref="LocalTimeText"/>.
/// </summary>
public static class MeetingDay
{
    public static string Format(Language language, DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return local.ToString(language.Pick("d MMMM yyyy", "d. MMMM yyyy"), language.Culture());
    }
}
