using System.ComponentModel.DataAnnotations;

namespace ForumBot.Retention;

/// <summary>How long ForumBot keeps what it stores (section "ForumBot"; App Service: ForumBot__RetentionDays).</summary>
public sealed class RetentionOptions
{
    public const string Section = "ForumBot";
    public const string RetentionDaysKey = Section + ":" + nameof(RetentionDays);
    public const int MinDays = 30;
    public const int MaxDays = 3650;

    /// <summary>
    /// Records older than this many days are purged once a day. At least 30: the scheduler may
    /// catch up on work up to 30 days old (Scheduling:CatchUpHours ≤ 720), and an outbox row it
    /// still needs for deduplication must not be gone by then.
    /// </summary>
    [Range(MinDays, MaxDays, ErrorMessage = "ForumBot:RetentionDays must lie between 30 and 3650 (days).")]
    public int RetentionDays { get; set; } = 365;

    public TimeSpan Retention => TimeSpan.FromDays(RetentionDays);
}
