using System.Globalization;
using ForumBot.Localization;

namespace ForumBot.Updates.Cards;

/// <summary>Dates and numbers as the reader expects them: Danish formatting for Danish readers, in the network's zone.</summary>
public static class UpdateTexts
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static CultureInfo Culture(this Language language) => language == Language.Danish ? Danish : English;

    /// <summary>"tirsdag den 1. december 2026 kl. 09.00" (Danish writes the time with a full stop) / "Tuesday 1 December 2026 at 09:00".</summary>
    public static string When(DateTimeOffset instant, TimeZoneInfo zone, Language language)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var format = language.Pick("dddd d MMMM yyyy 'at' HH:mm", "dddd 'den' d. MMMM yyyy 'kl.' HH:mm");
        return local.ToString(format, language.Culture());
    }

    public static string Number(int value, Language language) => value.ToString("N0", language.Culture());

    public static string OrNone(string? text) => string.IsNullOrWhiteSpace(text) ? "—" : text;
}
