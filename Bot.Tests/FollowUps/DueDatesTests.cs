using ForumBot.FollowUps.Model;
using ForumBot.Localization;
using Microsoft.Extensions.Time.Testing;

namespace ForumBot.Tests.FollowUps;

/// <summary>Due dates as chairs type them, relative to a fixed "today" (never the real date).</summary>
public sealed class DueDatesTests
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    [Theory]
    // Thursday 26 November 2026.
    [InlineData("2026-11-26", "2026-12-24", "2026-12-24")]
    [InlineData("2026-11-26", "24.12.2026", "2026-12-24")]
    [InlineData("2026-11-26", "24/12/2026", "2026-12-24")]
    [InlineData("2026-11-26", "24.12", "2026-12-24")]
    [InlineData("2026-11-26", "24/12", "2026-12-24")]
    [InlineData("2026-11-26", "1/3", "2027-03-01")] // already passed this year: next year
    [InlineData("2026-11-26", "26/11", "2026-11-26")] // today
    [InlineData("2026-11-26", "fredag", "2026-11-27")]
    [InlineData("2026-11-26", "Friday", "2026-11-27")]
    [InlineData("2026-11-26", "torsdag", "2026-12-03")] // the next Thursday, not today
    [InlineData("2026-11-26", "i morgen", "2026-11-27")]
    [InlineData("2026-11-26", "tomorrow", "2026-11-27")]
    [InlineData("2026-11-26", "i dag", "2026-11-26")]
    [InlineData("2026-11-26", "næste uge", "2026-11-30")] // Monday of next week
    [InlineData("2026-11-26", "Next week", "2026-11-30")]
    [InlineData("2026-11-30", "næste uge", "2026-12-07")] // on a Monday: the Monday after
    [InlineData("2026-11-29", "next week", "2026-11-30")] // on a Sunday: tomorrow is next week's Monday
    // Around New Year.
    [InlineData("2026-12-30", "2/1", "2027-01-02")]
    [InlineData("2026-12-30", "fredag", "2027-01-01")]
    [InlineData("2026-12-30", "næste uge", "2027-01-04")]
    [InlineData("2026-12-31", "i morgen", "2027-01-01")]
    [InlineData("2027-01-01", "31.12", "2027-12-31")]
    [InlineData("2026-11-26", "29/2", "2028-02-29")] // the next 29 February
    public void Parse_AcceptedForms_GiveTheDay(string today, string typed, string expected)
    {
        var result = DueDates.Parse(typed, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DueDateProblem.None), (result.Day!.Value, result.Problem));
    }

    [Theory]
    [InlineData("snart", DueDateProblem.Unreadable)]
    [InlineData("31/2", DueDateProblem.Unreadable)]
    [InlineData("2026-13-01", DueDateProblem.Unreadable)]
    [InlineData("", DueDateProblem.Unreadable)]
    [InlineData("25.11.2026", DueDateProblem.Passed)]
    public void Parse_OtherText_SaysWhy(string typed, DueDateProblem problem)
    {
        var result = DueDates.Parse(typed, new DateOnly(2026, 11, 26));

        Assert.Equal((null as DateOnly?, problem), (result.Day, result.Problem));
    }

    [Theory]
    [InlineData("2026-03-28T23:30:00Z", "2026-03-29")] // 00:30 local on the night clocks go forward
    [InlineData("2026-10-24T22:30:00Z", "2026-10-25")] // 00:30 local (summer time) on the night clocks go back
    [InlineData("2026-10-25T22:30:00Z", "2026-10-25")] // 23:30 local in winter time, still the 25th
    [InlineData("2026-12-31T23:30:00Z", "2027-01-01")] // New Year in Copenhagen before UTC
    public void Today_IsTheDayInTheNetworksZone(string utc, string expected)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DueDates.Today(time, Copenhagen));
    }

    [Fact]
    public void Problem_IsInTheReadersLanguage()
    {
        Assert.StartsWith("Jeg kan ikke læse \"snart\" som en dato.", DueDates.Problem(Language.Danish, DueDateProblem.Unreadable, "snart"), StringComparison.Ordinal);
        Assert.StartsWith("I can't read \"soon\" as a date.", DueDates.Problem(Language.English, DueDateProblem.Unreadable, "soon"), StringComparison.Ordinal);
        Assert.Equal("fredag den 4. december 2026", DueDates.Format(new DateOnly(2026, 12, 4), Language.Danish));
        Assert.Equal("Friday 4 December 2026", DueDates.Format(new DateOnly(2026, 12, 4), Language.English));
    }
}
