namespace ForumBot.Tests.Scheduling.Support;

/// <summary>Counts calls per sliding window from arrival times, the way the connector would see them.</summary>
public static class RateWindowAudit
{
    /// <summary>The most arrivals in any window of <paramref name="length"/> (half-open: (t − length, t]).</summary>
    public static int MaxInWindow(IEnumerable<DateTimeOffset> arrivals, TimeSpan length)
    {
        var sorted = arrivals.Order().ToList();
        int max = 0, first = 0;
        for (var last = 0; last < sorted.Count; last++)
        {
            while (sorted[last] - sorted[first] >= length)
            {
                first++;
            }

            max = Math.Max(max, last - first + 1);
        }

        return max;
    }
}
