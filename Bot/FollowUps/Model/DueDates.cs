using System.Globalization;
using ForumBot.Localization;

namespace ForumBot.FollowUps.Model;

/// <summary>Why a typed due date was not accepted.</summary>
public enum DueDateProblem
{
    None,
    Unreadable,
    Passed,
}

/// <summary>A parsed due date, or the reason there is none.</summary>
public readonly record struct DueDateResult(DateOnly? Day, DueDateProblem Problem);

/// <summary>
/// Due dates as chairs type them, in either language whatever the locale: "2026-12-24",
/// "24.12.2026", "24/12/2026", "24.12" and "24/12" (the next such day: this year, or next year
/// when it has passed), "i dag"/"today", "i morgen"/"tomorrow", a weekday ("fredag"/"friday":
/// the next one after today, never today), and "næste uge"/"next week": Monday of next week (the
/// start of the week a follow-up is due in). "Today" is the day in the network's zone.
/// </summary>
public static class DueDates
{
    private static readonly string[] DayMonthYearFormats = ["d.M.yyyy", "d/M/yyyy", "d-M-yyyy", "yyyy-MM-dd", "yyyy-M-d"];
    private static readonly string[] DayMonthFormats = ["d.M", "d/M"];

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mandag"] = DayOfWeek.Monday, ["monday"] = DayOfWeek.Monday,
        ["tirsdag"] = DayOfWeek.Tuesday, ["tuesday"] = DayOfWeek.Tuesday,
        ["onsdag"] = DayOfWeek.Wednesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["torsdag"] = DayOfWeek.Thursday, ["thursday"] = DayOfWeek.Thursday,
        ["fredag"] = DayOfWeek.Friday, ["friday"] = DayOfWeek.Friday,
        ["lørdag"] = DayOfWeek.Saturday, ["saturday"] = DayOfWeek.Saturday,
        ["søndag"] = DayOfWeek.Sunday, ["sunday"] = DayOfWeek.Sunday,
    };

    /// <summary>The calendar day it is now in <paramref name="zone"/>.</summary>
    public static DateOnly Today(TimeProvider time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
    }

    public static DueDateResult Parse(string? typed, DateOnly today)
    {
        var text = string.Join(' ', (typed ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim().TrimEnd('.').ToLowerInvariant();
        var day = Words(text, today) ?? Numeric(text, today);
        return day switch
        {
            null => new DueDateResult(null, DueDateProblem.Unreadable),
            { } d when d < today => new DueDateResult(null, DueDateProblem.Passed),
            { } d => new DueDateResult(d, DueDateProblem.None),
        };
    }

    private static DateOnly? Words(string text, DateOnly today)
    {
        switch (text)
        {
            case "i dag" or "idag" or "today":
                return today;
            case "i morgen" or "imorgen" or "tomorrow":
                return today.AddDays(1);
            case "næste uge" or "naeste uge" or "next week":
                var untilMonday = ((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7;
                return today.AddDays(untilMonday == 0 ? 7 : untilMonday);
        }

        if (Weekdays.TryGetValue(text, out var weekday))
        {
            var ahead = ((int)weekday - (int)today.DayOfWeek + 7) % 7;
            return today.AddDays(ahead == 0 ? 7 : ahead);
        }

        return null;
    }

    private static DateOnly? Numeric(string text, DateOnly today)
    {
        if (DateOnly.TryParseExact(text, DayMonthYearFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var full))
        {
            return full;
        }

        foreach (var format in DayMonthFormats)
        {
            // Parsed against a leap year so "29/2" is understood, then placed in the right year.
            var separator = format[1];
            if (DateOnly.TryParseExact($"{text}{separator}2028", $"{format}{separator}yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var any))
            {
                return Next(any.Month, any.Day, today);
            }
        }

        return null;
    }

    private static DateOnly? Next(int month, int day, DateOnly today)
    {
        for (var year = today.Year; year <= today.Year + 4; year++)
        {
            if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) is var candidate && candidate >= today)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>"fredag den 4. december 2026" / "Friday 4 December 2026".</summary>
    public static string Format(DateOnly day, Language language) =>
        day.ToString(language.Pick("dddd d MMMM yyyy", "dddd 'den' d. MMMM yyyy"), language.Culture());

    /// <summary>The answer to a due date that was not accepted.</summary>
    public static string Problem(Language language, DueDateProblem problem, string typed) => problem == DueDateProblem.Passed
        ? language.Pick($"\"{typed}\" has already passed; give a due date from today on.", $"\"{typed}\" er allerede passeret; angiv en frist fra i dag og frem.")
        : language.Pick(
            $"I can't read \"{typed}\" as a date. Write it like 2026-12-24, 24/12, 24.12.2026, friday, tomorrow or next week.",
            $"Jeg kan ikke læse \"{typed}\" som en dato. Skriv den som 2026-12-24, 24/12, 24.12.2026, fredag, i morgen eller næste uge.");
}
