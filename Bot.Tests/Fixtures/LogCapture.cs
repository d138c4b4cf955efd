using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ForumBot.Tests.Fixtures;

/// <summary>Every log line the bot writes (message and structured values), to prove what is never logged.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<(EventId Id, string Text)> _entries = new();

    public IReadOnlyList<(EventId Id, string Text)> Entries => [.. _entries];

    public bool Has(int eventId) => _entries.Any(e => e.Id.Id == eventId);

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(' ', pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
            owner._entries.Enqueue((eventId, formatter(state, exception) + " " + values + " " + exception));
        }
    }
}
