using ForumBot.Localization;

namespace ForumBot.Updates.Cards;

/// <summary>Dates and numbers as the reader expects them: Danish formatting for Danish readers, in the network's zone.</summary>
public static class UpdateTexts
{
    public static string When(DateTimeOffset instant, TimeZoneInfo zone, Language language) => LocalTimeText.Format(language, instant, zone);

    public static string Number(int value, Language language) => value.ToString("N0", language.Culture());

    public static string OrNone(string? text) => string.IsNullOrWhiteSpace(text) ? "—" : text;
}
