using ForumBot.Localization;
using System.Globalization;

namespace ForumBot.Localization;

/// <summary>
/// One way to show a moment to people, in the network's time zone: "tirsdag den 1. december
/// 2026 kl. 09.00" (Danish writes the time with a full stop) / "Tuesday 1 December 2026 at 09:00".
/// Every card and message uses it, so a meeting reads the same in the forum list and on a card.
/// </summary>
public static class LocalTimeText
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static CultureInfo Culture(this Language language) => language == Language.Danish ? Danish : English;

    public static string Format(Language language, DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var format = language.Pick("dddd d MMMM yyyy 'at' HH:mm", "dddd 'den' d. MMMM yyyy 'kl.' HH:mm");
        return local.ToString(format, language.Culture());
    }
}
