using System.Diagnostics;
using System.Globalization;
using ForumBot.Hosting.Clock;

namespace ForumBot.Tests.Fixtures;

/// <summary>
/// "Now" for tests that derive dates from it. FORUMBOT_TEST_NOW=&lt;ISO instant&gt; runs the suite as
/// if the test run had started at that instant (time then runs forward at real speed), so a run
/// for any day can be reproduced; unset, it is the real now.
/// </summary>
public static class TestClock
{
    public const string Variable = "FORUMBOT_TEST_NOW";
    private static readonly long StartedAt = Stopwatch.GetTimestamp();

    /// <summary>The instant the run pretends to start at, or null on the real clock.</summary>
    public static DateTimeOffset? Start { get; } = Parse(Environment.GetEnvironmentVariable(Variable));

    public static DateTimeOffset Now => Start is { } start ? start + Stopwatch.GetElapsedTime(StartedAt) : DateTimeOffset.UtcNow;

    /// <summary>The service's test-only clock setting that makes a composed bot read <see cref="Now"/>; empty on the real clock.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> ServiceSettings() =>
        Start is null ? [] : [new(ClockRegistration.ClockStartKey, Now.ToString("O", CultureInfo.InvariantCulture))];

    private static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var start)
            ? start
            : throw new InvalidOperationException($"{Variable} '{value}' is not an ISO-8601 instant (e.g. 2027-03-28T00:30:00Z).");
    }
}
