using ForumBot.Scheduling;

namespace ForumBot.Updates.Cycles;

/// <summary>
/// One meeting of a forum and the times its update collection runs on, all in UTC:
/// the request goes out at <see cref="PromptAt"/>, updates can be changed until
/// <see cref="DeadlineAt"/>, and a reminder goes out at <see cref="ReminderAt"/> (if any).
/// A view of the scheduler's <see cref="Meeting"/> (see <see cref="UpdateCycles"/>): the
/// meeting id, prompt and deadline are the calendar's, never computed here.
/// </summary>
/// <param name="MeetingId">The calendar's meeting id: the local start to the minute, e.g. "2026-12-01T09:00".</param>
public sealed record MeetingCycle(string ForumId, string MeetingId, DateTimeOffset MeetingStart, DateTimeOffset PromptAt, DateTimeOffset DeadlineAt, DateTimeOffset? ReminderAt)
{
    /// <summary>Updates are collected from the prompt until the deadline.</summary>
    public bool IsOpenAt(DateTimeOffset now) => PromptAt <= now && now < DeadlineAt;
}
