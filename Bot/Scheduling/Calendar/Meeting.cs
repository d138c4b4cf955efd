using System.Globalization;

namespace ForumBot.Scheduling;

/// <summary>The moments of a meeting cycle that work can be scheduled against.</summary>
public enum MeetingMoment
{
    Start,
    Prompt,
    Deadline,
    Agenda,
}

/// <summary>
/// One occurrence of a forum. Times are UTC instants for storage and comparison; <see cref="LocalStart"/>
/// is the same start in the network's zone (its offset says whether summer time applies).
/// </summary>
public sealed record Meeting(
    string ForumId,
    DateTimeOffset StartsAtUtc,
    DateTimeOffset LocalStart,
    DateTimeOffset PromptAtUtc,
    DateTimeOffset DeadlineAtUtc,
    DateTimeOffset AgendaAtUtc,
    DateTimeOffset EndsAtUtc)
{
    /// <summary>
    /// Stable id of the meeting within its forum: the local start to the minute, e.g. "2026-12-01T09:00".
    /// Table-key safe. Unique per forum, because a cron schedule fires once in the repeated autumn hour.
    /// </summary>
    public string MeetingId => LocalStart.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public DateTimeOffset At(MeetingMoment moment) => moment switch
    {
        MeetingMoment.Prompt => PromptAtUtc,
        MeetingMoment.Deadline => DeadlineAtUtc,
        MeetingMoment.Agenda => AgendaAtUtc,
        _ => StartsAtUtc,
    };
}

/// <summary>
/// What the calendar needs of a forum: its cron expression (local time of the network's zone),
/// duration and lead times in local calendar days. Features build it from their own types
/// (Updates: ForumCadence.ToCadence), so the calendar depends on no feature.
/// </summary>
public sealed record MeetingCadence(string ForumId, string Cron, int DurationMinutes, int PromptDaysBefore, int DeadlineDaysBefore, int AgendaDaysBefore)
{
    public int LeadDays(MeetingMoment moment) => moment switch
    {
        MeetingMoment.Prompt => PromptDaysBefore,
        MeetingMoment.Deadline => DeadlineDaysBefore,
        MeetingMoment.Agenda => AgendaDaysBefore,
        _ => 0,
    };
}

/// <summary>A weekly slot (e.g. the managers' digest, Monday 08:00 local); its id is the ISO week, e.g. "2026-W49".</summary>
public sealed record WeeklySlot(string SlotId, DateTimeOffset AtUtc, DateTimeOffset LocalAt);
