namespace ForumBot.Scheduling.Outbox;

/// <summary>
/// Book-keeping of one dispatch round: which conversations are in flight (their messages must
/// not run in parallel), when another look at the outbox is worth its 16 queries, and the tallies.
/// </summary>
internal sealed class Round(int concurrency) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _inFlight = new(StringComparer.Ordinal);
    private readonly HashSet<string> _blocked = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unclaimable = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _changed = new(0);
    private HashSet<string> _skipped = new(StringComparer.Ordinal);
    private bool _skippedFinished;
    private bool _moreWaiting;
    private int _queued;
    private int _sent;
    private int _failed;
    private int _deferred;
    private int _claimsLost;
    private int _waiting;

    public int Sent => Volatile.Read(ref _sent);

    public int Failed => Volatile.Read(ref _failed);

    public int Deferred => Volatile.Read(ref _deferred);

    public int ClaimsLost => Volatile.Read(ref _claimsLost);

    public int Waiting => Volatile.Read(ref _waiting);

    public bool Idle
    {
        get
        {
            lock (_gate)
            {
                return _inFlight.Count == 0;
            }
        }
    }

    /// <summary>
    /// Groups the due markers by conversation, leaving out conversations in flight or blocked this
    /// round and markers found unclaimable (e.g. claimed by a dispatcher that died, not yet expired).
    /// </summary>
    public List<IReadOnlyList<DueMarker>> Admit(IReadOnlyList<DueMarker> due, bool moreWaiting)
    {
        lock (_gate)
        {
            _skipped = new HashSet<string>(StringComparer.Ordinal);
            _skippedFinished = false;
            var groups = new List<IReadOnlyList<DueMarker>>();
            foreach (var conversation in due.Where(m => !_unclaimable.Contains(m.RowKey)).GroupBy(m => m.Conversation, StringComparer.Ordinal))
            {
                if (_blocked.Contains(conversation.Key))
                {
                    continue;
                }

                if (!_inFlight.Add(conversation.Key))
                {
                    _skipped.Add(conversation.Key);
                    continue;
                }

                groups.Add([.. conversation]);
            }

            _queued += groups.Count;

            // "More waiting" only counts if this look found something new: else the next would find the same.
            _moreWaiting = moreWaiting && groups.Count > 0;
            return groups;
        }
    }

    public void Done(string conversation, bool blocked)
    {
        lock (_gate)
        {
            _inFlight.Remove(conversation);
            _queued--;
            _skippedFinished |= _skipped.Contains(conversation);
            if (blocked)
            {
                _blocked.Add(conversation);
            }
        }

        _changed.Release();
    }

    public void Unclaimable(DueMarker marker)
    {
        lock (_gate)
        {
            _unclaimable.Add(marker.RowKey);
        }
    }

    public void Count(SendStatus? status)
    {
        switch (status)
        {
            case SendStatus.Sent: Interlocked.Increment(ref _sent); break;
            case SendStatus.Failed: Interlocked.Increment(ref _failed); break;
            case SendStatus.Deferred: Interlocked.Increment(ref _deferred); break;
            case SendStatus.ClaimLost: Interlocked.Increment(ref _claimsLost); break;
            case SendStatus.Waiting: Interlocked.Increment(ref _waiting); break;
        }
    }

    /// <summary>
    /// Returns when another fetch may find new work: nothing is in flight, a conversation whose
    /// later messages were skipped has finished, the queue runs low while more was due, or the
    /// poll interval has passed (messages enqueued meanwhile).
    /// </summary>
    public async Task WaitForReasonToFetchAsync(TimeProvider time, TimeSpan poll, CancellationToken cancellationToken)
    {
        var pollAt = time.GetUtcNow() + poll;
        while (!ReasonToFetch() && time.GetUtcNow() < pollAt)
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var changed = _changed.WaitAsync(stop.Token);
            var timeout = Task.Delay(pollAt - time.GetUtcNow(), time, stop.Token);
            await Task.WhenAny(changed, timeout);
            await stop.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    public void Dispose() => _changed.Dispose();

    private bool ReasonToFetch()
    {
        lock (_gate)
        {
            return _inFlight.Count == 0 || _skippedFinished || (_moreWaiting && _queued <= 2 * concurrency);
        }
    }
}
