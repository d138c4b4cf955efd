using System.Globalization;
using ForumBot.Scheduling;
using ForumBot.Tests.Agendas;
using ForumBot.Tests.Fixtures;

namespace ForumBot.Tests.MeetingCycle;

/// <summary>
/// The meeting the whole-cycle tests run: Fritidsjobnetværket's next meeting whose update request
/// is still ahead of the run's "now" (<see cref="TestClock"/>), with the posting tests' agenda lead
/// (<see cref="PostingTestApp.AgendaDaysBefore"/>), and the meeting after it. Every moment comes
/// from the forum's cadence in the network file and the network's zone, never from the machine's.
/// </summary>
public sealed record CycleMeeting(Meeting This, Meeting Next, TimeZoneInfo Zone)
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static CycleMeeting FromNow()
    {
        var definition = DemoNetwork.Definition();
        var forum = definition.Forums.Single(f => f.Id == PostingTestApp.Forum);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(definition.TimeZoneId);
        var cadence = new MeetingCadence(forum.Id, forum.Cadence, forum.DurationMinutes, forum.PromptDaysBefore, forum.UpdatesDueDaysBefore, PostingTestApp.AgendaDaysBefore);
        var now = TestClock.Now;
        var meetings = MeetingCalendar.MeetingsBetween(cadence, zone, now, now.AddDays(120)).ToList();
        var index = meetings.FindIndex(m => m.PromptAtUtc > now.AddMinutes(10));
        return new CycleMeeting(meetings[index], meetings[index + 1], zone);
    }

    /// <summary>The meeting's local day, e.g. for due dates a week on.</summary>
    public DateOnly LocalDay => DateOnly.FromDateTime(This.LocalStart.DateTime);

    /// <summary>09:00 local time on <paramref name="day"/>, as an instant.</summary>
    public DateTimeOffset NineOClock(DateOnly day) => LocalAt(day, new TimeOnly(9, 0));

    public DateTimeOffset LocalAt(DateOnly day, TimeOnly time) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(time), Zone), TimeSpan.Zero);

    /// <summary>"1. december 2026", as Danish cards write a day.</summary>
    public static string DanishDate(DateOnly day) => day.ToString("d. MMMM yyyy", Danish);

    /// <summary>"tirsdag den 1. december 2026", as Danish cards write a day with its weekday.</summary>
    public static string DanishLongDate(DateOnly day) => day.ToString("dddd 'den' d. MMMM yyyy", Danish);

    public static DateOnly DayOf(Meeting meeting) => DateOnly.FromDateTime(meeting.LocalStart.DateTime);
}
