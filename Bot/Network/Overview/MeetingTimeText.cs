using System.Globalization;
using ForumBot.Localization;

namespace ForumBot.Network.Overview;

/// <summary>
/// A meeting time as people write it: "tirsdag 1. december 2026 kl. 09:00" in Danish,
/// "Tuesday 1 December 2026, 09:00" in English, always in the network's own time zone.
/// </summary>
public static class MeetingTimeText
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    // The ':' is quoted: the Danish culture's time separator is '.', and people write 09:00 anyway.
    public static string Format(Language language, DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return language == Language.Danish
            ? local.ToString("dddd d. MMMM yyyy 'kl.' HH':'mm", Danish)
            : local.ToString("dddd d MMMM yyyy, HH':'mm", English);
    }
}
