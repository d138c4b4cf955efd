namespace ForumBot.Storage;

/// <summary>
/// The log of one background loop's storage trouble. An expected outage
/// (<see cref="StorageFailures"/>) is one Warning a minute with its reason and no stack trace,
/// and one Information line when storage answers again; anything else is an Error with the
/// exception, also at most once a minute (the loop keeps trying; the log must not flood).
/// The minute is measured on the TimeProvider, so tests move it.
/// </summary>
public sealed partial class OutageLog(string loop, TimeProvider time, ILogger logger)
{
    /// <summary>At most one line per this interval while failures go on.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private DateTimeOffset? _since;
    private DateTimeOffset _lastLoggedAt;
    private int _failures;
    private int _unlogged;
    private bool _storageFailed;

    // Whether this outage got a line of its own: storage that fails now and then (some calls
    // answered, some not) must not write a Warning and a "back again" line at every flip.
    private bool _announced;

    /// <summary>Records a failed attempt; logs it unless a line went out less than <see cref="Interval"/> ago (in this outage or the one before).</summary>
    /// <returns>The short reason when the failure was an expected outage; null when unexpected.</returns>
    public string? Failed(Exception exception, CancellationToken stopping)
    {
        var reason = StorageFailures.OutageReason(exception, stopping);
        var now = time.GetUtcNow();
        int unlogged;
        DateTimeOffset since;
        lock (_gate)
        {
            _since ??= now;
            _failures++;
            _storageFailed |= reason is not null;
            if (now - _lastLoggedAt < Interval)
            {
                _unlogged++;
                return reason;
            }

            _lastLoggedAt = now;
            _announced = true;
            unlogged = _unlogged;
            _unlogged = 0;
            since = _since.Value;
        }

        if (reason is null)
        {
            LogUnexpected(logger, exception, loop, unlogged);
        }
        else
        {
            LogOutage(logger, loop, reason, since, unlogged);
        }

        return reason;
    }

    /// <summary>Records a step that storage answered; after an outage that was logged, says so once.</summary>
    public void Succeeded()
    {
        DateTimeOffset since;
        int failures;
        lock (_gate)
        {
            if (_since is null)
            {
                return;
            }

            since = _since.Value;
            failures = _failures;
            var announce = _storageFailed && _announced;
            _since = null;
            _failures = 0;
            _storageFailed = false;
            _announced = false;
            if (!announce)
            {
                return;
            }
        }

        LogRecovered(logger, loop, time.GetUtcNow() - since, failures);
    }

    [LoggerMessage(1102, LogLevel.Warning, "{Loop}: table storage unavailable ({Reason}) since {Since:O}; {Unlogged} more failed attempts since the last line; retrying")]
    private static partial void LogOutage(ILogger logger, string loop, string reason, DateTimeOffset since, int unlogged);

    [LoggerMessage(1103, LogLevel.Information, "{Loop}: table storage answers again after {Duration} ({Failures} failed attempts)")]
    private static partial void LogRecovered(ILogger logger, string loop, TimeSpan duration, int failures);

    [LoggerMessage(1104, LogLevel.Error, "{Loop} failed; retrying ({Unlogged} more failures since the last line)")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string loop, int unlogged);
}
