namespace ForumBot.Scheduling.Outbox;

/// <summary>
/// Sliding-window limiter in front of every connector call the dispatcher makes: a call may
/// start only when, counting it, no window of its conversation or of its tenant holds more calls
/// than the policy allows. Every attempt counts (retries, 429s and 1:1 creations included), so
/// bursts over a limit cannot happen in this process. Timestamps come from the TimeProvider's
/// monotonic clock, so FakeTimeProvider drives it in tests.
/// </summary>
public sealed class ConnectorRateLimiter(RateLimitPolicy policy, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<long>> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<long>> _tenants = new(StringComparer.Ordinal);
    private long _lastSweep;

    public RateLimitPolicy Policy => policy;

    /// <summary>Waits until a call to <paramref name="conversation"/> in <paramref name="tenant"/> is allowed, and counts it.</summary>
    public async ValueTask AcquireAsync(string tenant, string conversation, CancellationToken cancellationToken)
    {
        for (var wait = TryAcquire(tenant, conversation); wait > TimeSpan.Zero; wait = TryAcquire(tenant, conversation))
        {
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>Counts the call and returns zero if it may start now; otherwise how long until it may (nothing counted).</summary>
    internal TimeSpan TryAcquire(string tenant, string conversation)
    {
        lock (_gate)
        {
            var now = time.GetTimestamp();
            var tenantCalls = Calls(_tenants, tenant);
            var conversationCalls = Calls(_conversations, conversation);
            var wait = Max(WaitFor(tenantCalls, policy.PerTenant, now), WaitFor(conversationCalls, policy.PerConversation, now));
            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            tenantCalls.Add(now);
            conversationCalls.Add(now);
            SweepIfDue(now);
            return TimeSpan.Zero;
        }
    }

    private TimeSpan WaitFor(List<long> calls, IReadOnlyList<RateWindow> windows, long now)
    {
        var wait = TimeSpan.Zero;
        foreach (var window in windows)
        {
            var length = ToTimestamp(window.Length + policy.Margin);
            var first = FirstAfter(calls, now - length);
            var inWindow = calls.Count - first;
            if (inWindow >= window.Limit)
            {
                // The oldest calls must leave the window until one more fits; the last of them leaves at its time + length.
                var leavesAt = calls[first + inWindow - window.Limit] + length;
                wait = Max(wait, FromTimestamp(leavesAt - now));
            }
        }

        return wait;
    }

    private static List<long> Calls(Dictionary<string, List<long>> logs, string key)
    {
        if (!logs.TryGetValue(key, out var calls))
        {
            calls = [];
            logs[key] = calls;
        }

        return calls;
    }

    // Forget calls older than the longest window, and idle conversations, every few seconds.
    private void SweepIfDue(long now)
    {
        if (now - _lastSweep < time.TimestampFrequency * 5)
        {
            return;
        }

        _lastSweep = now;
        Sweep(_conversations, now - ToTimestamp(Horizon(policy.PerConversation)));
        Sweep(_tenants, now - ToTimestamp(Horizon(policy.PerTenant)));
    }

    private static void Sweep(Dictionary<string, List<long>> logs, long horizon)
    {
        foreach (var (key, calls) in logs.ToList())
        {
            calls.RemoveRange(0, FirstAfter(calls, horizon));
            if (calls.Count == 0)
            {
                logs.Remove(key);
            }
        }
    }

    /// <summary>Index of the first call later than <paramref name="instant"/> (calls are in ascending order).</summary>
    private static int FirstAfter(List<long> calls, long instant)
    {
        int low = 0, high = calls.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (calls[middle] > instant)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    private TimeSpan Horizon(IReadOnlyList<RateWindow> windows) => windows.Select(w => w.Length).DefaultIfEmpty(TimeSpan.Zero).Max() + policy.Margin;

    private long ToTimestamp(TimeSpan span) => (long)Math.Ceiling(span.Ticks * (double)time.TimestampFrequency / TimeSpan.TicksPerSecond);

    // Rounded up: waking a tick early would only loop once more, waking late is harmless.
    private TimeSpan FromTimestamp(long timestamp) => TimeSpan.FromTicks((long)Math.Ceiling(timestamp * (double)TimeSpan.TicksPerSecond / time.TimestampFrequency));

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
