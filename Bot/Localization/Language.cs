namespace ForumBot.Localization;

/// <summary>The two languages ForumBot speaks: Danish for any "da*" locale, English otherwise.</summary>
public enum Language
{
    English,
    Danish,
}

public static class Languages
{
    public static Language FromLocale(string? locale) =>
        locale is not null && locale.StartsWith("da", StringComparison.OrdinalIgnoreCase) ? Language.Danish : Language.English;

    /// <summary>Picks the text for the language; keeps call sites to one line per message.</summary>
    public static string Pick(this Language language, string english, string danish) =>
        language == Language.Danish ? danish : english;
}
