namespace ForumBot.Hosting.Clock;

/// <summary>
/// The real clock shifted to start at a chosen instant: wall-clock time runs forward at real
/// speed from there, while timers, delays and timestamps stay the system's (they are relative),
/// so a service started "on" another day behaves as it would on that day.
/// </summary>
public sealed class OffsetTimeProvider : TimeProvider
{
    private readonly TimeSpan _offset;

    /// <summary>A clock that reads <paramref name="start"/> now.</summary>
    public OffsetTimeProvider(DateTimeOffset start) => _offset = start - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;
}
