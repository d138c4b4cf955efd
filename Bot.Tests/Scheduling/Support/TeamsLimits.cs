using ForumBot.Scheduling;

namespace ForumBot.Tests.Scheduling.Support;

/// <summary>
/// Teams' side of the rate limits, for a mock connector: records every arriving call and answers
/// whether to throttle it — 429 when the call exceeds a per-conversation or the tenant window
/// (that is the dispatcher's fault: counted as over the limit), and at random with the given rate
/// (Teams throttling for its own reasons). Arrivals are kept for the audit afterwards.
/// </summary>
public sealed class TeamsLimits(RateLimitPolicy limits, double randomThrottleRate, int seed, int randomRetryAfterSeconds)
{
    private readonly Lock _gate = new();
    private readonly Random _random = new(seed);
    private readonly List<DateTimeOffset> _all = [];
    private readonly Dictionary<string, List<DateTimeOffset>> _byConversation = new(StringComparer.Ordinal);
    private int _overLimit;
    private int _randomThrottles;

    public int OverLimit => Volatile.Read(ref _overLimit);

    public int RandomThrottles => Volatile.Read(ref _randomThrottles);

    public IReadOnlyList<DateTimeOffset> Arrivals
    {
        get
        {
            lock (_gate)
            {
                return [.. _all];
            }
        }
    }

    public IReadOnlyDictionary<string, List<DateTimeOffset>> ByConversation
    {
        get
        {
            lock (_gate)
            {
                return _byConversation.ToDictionary(p => p.Key, p => p.Value.ToList());
            }
        }
    }

    /// <summary>Records a call (conversation null: a call that opens one) and returns the Retry-After seconds to answer 429 with, or null.</summary>
    public int? Observe(string? conversation, DateTimeOffset at)
    {
        lock (_gate)
        {
            _all.Add(at);
            var over = Exceeds(_all, limits.PerTenant, at);
            if (conversation is not null)
            {
                if (!_byConversation.TryGetValue(conversation, out var calls))
                {
                    _byConversation[conversation] = calls = [];
                }

                calls.Add(at);
                over |= Exceeds(calls, limits.PerConversation, at);
            }

            if (over)
            {
                _overLimit++;
                return 1;
            }

            if (_random.NextDouble() < randomThrottleRate)
            {
                _randomThrottles++;
                return randomRetryAfterSeconds;
            }

            return null;
        }
    }

    /// <summary>The conversation id in a connector path (/v3/conversations/{id}/activities…), or null.</summary>
    public static string? ConversationOf(string path)
    {
        var segments = path.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 3 && segments[0] == "v3" && segments[1] == "conversations" ? Uri.UnescapeDataString(segments[2]) : null;
    }

    private static bool Exceeds(List<DateTimeOffset> calls, IReadOnlyList<RateWindow> windows, DateTimeOffset at) =>
        windows.Any(window => calls.Count(t => t > at - window.Length && t <= at) > window.Limit);
}
