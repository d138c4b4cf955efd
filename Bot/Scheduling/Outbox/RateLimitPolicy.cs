namespace ForumBot.Scheduling;

/// <summary>At most <see cref="Limit"/> calls in any <see cref="Length"/> (a sliding window).</summary>
public sealed record RateWindow(TimeSpan Length, int Limit);

/// <summary>
/// The connector's rate limits the dispatcher keeps to. <see cref="Margin"/> lengthens every
/// window, because Teams counts calls when they arrive and we count them when they leave.
/// </summary>
public sealed record RateLimitPolicy(IReadOnlyList<RateWindow> PerConversation, IReadOnlyList<RateWindow> PerTenant, TimeSpan Margin)
{
    /// <summary>
    /// Teams' limits per bot: per conversation 7 / 1 s, 8 / 2 s, 60 / 30 s, 1800 / 1 h; per tenant
    /// 50 / 1 s overall (learn.microsoft.com, "Optimize your bot with rate limiting").
    /// </summary>
    public static RateLimitPolicy Teams { get; } = new(
        [
            new(TimeSpan.FromSeconds(1), 7),
            new(TimeSpan.FromSeconds(2), 8),
            new(TimeSpan.FromSeconds(30), 60),
            new(TimeSpan.FromHours(1), 1800),
        ],
        [new(TimeSpan.FromSeconds(1), 50)],
        TimeSpan.Zero);

    /// <summary>The same limits over windows <paramref name="factor"/> times as long (tests run Teams' limits at 1/10 speed).</summary>
    public RateLimitPolicy Scaled(double factor) => this with
    {
        PerConversation = [.. PerConversation.Select(w => w with { Length = w.Length * factor })],
        PerTenant = [.. PerTenant.Select(w => w with { Length = w.Length * factor })],
    };
}
