using ForumBot.Network;
using ForumBot.Scheduling;

namespace ForumBot.Updates.Cycles;

/// <summary>
/// Where a forum becomes what the scheduler's calendar reads. The calendar is a shared mechanism
/// and knows cadences, not the network's forums; the feature that plans meetings maps one onto the other.
/// </summary>
public static class ForumCadence
{
    /// <summary>The forum's cron expression (local time of the network's zone), duration and lead times in local calendar days.</summary>
    public static MeetingCadence ToCadence(this Forum forum)
    {
        ArgumentNullException.ThrowIfNull(forum);
        return new(forum.Id, forum.Cadence, forum.DurationMinutes, forum.PromptDaysBefore, forum.UpdatesDueDaysBefore, forum.AgendaLeadDays);
    }
}
