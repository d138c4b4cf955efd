namespace ForumBot.Retention;

/// <summary>
/// A feature's purge of its own tables, run once a day by <see cref="RetentionService"/> on every
/// instance. Implementations must be idempotent and safe to run concurrently with themselves on
/// another instance (delete with the ETag read; a row already gone is not an error), and must never
/// delete state that is still live (a pending message, an active conversation reference).
/// Register with <c>services.AddSingleton&lt;IRetentionPurge, TheirPurge&gt;()</c> in the feature's AddX.
/// </summary>
public interface IRetentionPurge
{
    /// <summary>Short, stable name for logs, e.g. "outbox".</summary>
    string Name { get; }

    /// <summary>Deletes the feature's records older than <paramref name="cutoff"/>; returns the number of rows deleted.</summary>
    Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken ct);
}
