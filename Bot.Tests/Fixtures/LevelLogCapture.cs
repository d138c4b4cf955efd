using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ForumBot.Tests.Fixtures;

/// <summary>One log line as written: when (on the test's clock), level, category, event id, text and any exception.</summary>
public sealed record LoggedLine(DateTimeOffset At, LogLevel Level, string Category, int EventId, string Text, Exception? Exception);

/// <summary>Every log line the host writes, with its level and category and the time on the host's clock.</summary>
public sealed class LevelLogCapture(TimeProvider time) : ILoggerProvider
{
    private readonly ConcurrentQueue<LoggedLine> _lines = new();

    public IReadOnlyList<LoggedLine> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LevelLogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._lines.Enqueue(new LoggedLine(owner.Now, logLevel, category, eventId.Id, formatter(state, exception), exception));
    }

    private DateTimeOffset Now => time.GetUtcNow();
}
