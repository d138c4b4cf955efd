using ForumBot.Network;
using ForumBot.Scheduling;
using ForumBot.Updates.Cycles;

namespace ForumBot.Escalations.Model;

/// <summary>
/// How long an escalation has waited, counted in the receiving forum's meetings: the meetings of
/// its calendar that started after the escalation was raised and before a given moment (the
/// start of the meeting whose agenda is being composed). An escalation still open after two of
/// them is flagged on both forums' agendas (issue 11: "open longer than two of B's meetings").
/// </summary>
public static class EscalationAge
{
    public const int FlagAfterMeetings = 2;

    /// <summary>The receiving forum's meetings held in (raisedAt, before): at most <see cref="FlagAfterMeetings"/> + 1 are counted.</summary>
    public static int MeetingsWaited(Escalation escalation, Forum receivingForum, TimeZoneInfo zone, DateTimeOffset before)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        ArgumentNullException.ThrowIfNull(receivingForum);
        if (before <= escalation.RaisedAt)
        {
            return 0;
        }

        return MeetingCalendar.MeetingsBetween(receivingForum.ToCadence(), zone, escalation.RaisedAt.AddTicks(1), before.AddTicks(-1))
            .Take(FlagAfterMeetings + 1)
            .Count();
    }

    /// <summary>Open, and the receiving forum has met at least twice since it was raised, before <paramref name="before"/>.</summary>
    public static bool IsFlagged(Escalation escalation, Forum? receivingForum, TimeZoneInfo zone, DateTimeOffset before) =>
        escalation is { IsOpen: true } && receivingForum is not null && MeetingsWaited(escalation, receivingForum, zone, before) >= FlagAfterMeetings;
}
