namespace ForumBot.Scheduling.Outbox;

/// <summary>
/// Sliding-window limiter in front of every connector call the dispatcher makes. A call counts
/// in its conversation's and its tenant's windows from the moment it starts until one window
/// length after its answer came back: Teams counts it on arrival, which lies somewhere in between,
/// so however long the call takes, no window at Teams' end can hold more calls than the policy
/// allows. Every attempt counts (retries, 429s and 1:1 creations included). Timestamps come from
/// the TimeProvider's monotonic clock, so FakeTimeProvider drives it in tests.
/// </summary>
public sealed class ConnectorRateLimiter(RateLimitPolicy policy, TimeProvider time)
{
    /// <summary>How often a caller held back only by calls still in flight looks again.</summary>
    private static readonly TimeSpan InFlightPoll = TimeSpan.FromMilliseconds(5);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<Call>> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Call>> _tenants = new(StringComparer.Ordinal);
    private long _lastSweep;

    public RateLimitPolicy Policy => policy;

    /// <summary>
    /// Waits until a call to <paramref name="conversation"/> in <paramref name="tenant"/> is allowed
    /// and counts it; dispose the result when the call's answer has arrived (or it failed).
    /// </summary>
    public async ValueTask<IDisposable> AcquireAsync(string tenant, string conversation, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (wait, call) = TryAcquire(tenant, conversation);
            if (call is not null)
            {
                return call;
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>The call, counted, if it may start now; otherwise how long until it may (nothing counted).</summary>
    internal (TimeSpan Wait, IDisposable? Call) TryAcquire(string tenant, string conversation)
    {
        lock (_gate)
        {
            var now = time.GetTimestamp();
            var tenantCalls = Calls(_tenants, tenant);
            var conversationCalls = Calls(_conversations, conversation);
            var wait = Max(WaitFor(tenantCalls, policy.PerTenant, now), WaitFor(conversationCalls, policy.PerConversation, now));
            if (wait > TimeSpan.Zero)
            {
                return (wait, null);
            }

            var call = new Call(this, now);
            tenantCalls.Add(call);
            conversationCalls.Add(call);
            SweepIfDue(now);
            return (TimeSpan.Zero, call);
        }
    }

    private TimeSpan WaitFor(List<Call> calls, IReadOnlyList<RateWindow> windows, long now)
    {
        var wait = TimeSpan.Zero;
        foreach (var window in windows)
        {
            var length = ToTimestamp(window.Length + policy.Margin);
            var counting = calls.Where(c => c.End > now - length).Select(c => c.End).ToList();
            if (counting.Count < window.Limit)
            {
                continue;
            }

            // The calls that ended first must leave the window until one more fits; the last of them leaves at its end + length.
            counting.Sort();
            var leaving = counting[counting.Count - window.Limit];
            wait = Max(wait, leaving == long.MaxValue ? InFlightPoll : FromTimestamp(leaving + length - now));
        }

        return wait;
    }

    private void Complete(Call call)
    {
        lock (_gate)
        {
            call.End = Math.Max(call.Start, time.GetTimestamp());
        }
    }

    private static List<Call> Calls(Dictionary<string, List<Call>> logs, string key)
    {
        if (!logs.TryGetValue(key, out var calls))
        {
            calls = [];
            logs[key] = calls;
        }

        return calls;
    }

    // Forget calls that ended longer ago than the longest window, and idle conversations, every few seconds.
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

    private static void Sweep(Dictionary<string, List<Call>> logs, long horizon)
    {
        foreach (var (key, calls) in logs.ToList())
        {
            calls.RemoveAll(c => c.End <= horizon);
            if (calls.Count == 0)
            {
                logs.Remove(key);
            }
        }
    }

    private TimeSpan Horizon(IReadOnlyList<RateWindow> windows) => windows.Select(w => w.Length).DefaultIfEmpty(TimeSpan.Zero).Max() + policy.Margin;

    private long ToTimestamp(TimeSpan span) => (long)Math.Ceiling(span.Ticks * (double)time.TimestampFrequency / TimeSpan.TicksPerSecond);

    // Rounded up: waking a tick early would only loop once more, waking late is harmless.
    private TimeSpan FromTimestamp(long timestamp) => TimeSpan.FromTicks((long)Math.Ceiling(timestamp * (double)TimeSpan.TicksPerSecond / time.TimestampFrequency));

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>One counted call: in flight (End = max) until disposed.</summary>
    private sealed class Call(ConnectorRateLimiter owner, long start) : IDisposable
    {
        public long Start { get; } = start;

        public long End { get; set; } = long.MaxValue;

        public void Dispose() => owner.Complete(this);
    }
}
