using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ForumBot.Tests.Fixtures;

/// <summary>
/// Every log line written through it, as a provider for a host or a logger factory, or through
/// <see cref="CreateLogger{T}"/> for one class under test. Lines carry the values of the scopes open
/// when they were written, as the console and OpenTelemetry include them.
/// </summary>
public sealed class LogCapture(TimeProvider? time = null) : ILoggerProvider, ISupportExternalScope
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ConcurrentQueue<LoggedLine> _lines = new();

    // A logger factory hands its own (shared) scope provider over; used alone, the capture keeps the scopes itself.
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<LoggedLine> Lines => [.. _lines];

    public bool Has(int eventId) => _lines.Any(l => l.EventId == eventId);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <summary>A logger for <typeparamref name="T"/> without a logger factory, for constructing one class in a test.</summary>
    public ILogger<T> CreateLogger<T>() => new TypedLogger<T>(CreateLogger(typeof(T).FullName!));

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private Dictionary<string, object?> OpenScopeValues()
    {
        var values = new Dictionary<string, object?>();
        _scopes.ForEachScope(
            (scope, into) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                {
                    foreach (var (key, value) in pairs)
                    {
                        into[key] = value;
                    }
                }
            },
            values);
        return values;
    }

    private sealed class Logger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            IReadOnlyList<KeyValuePair<string, object?>> values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? [.. pairs] : [];
            owner._lines.Enqueue(new LoggedLine(
                owner._time.GetUtcNow(), logLevel, category, eventId.Id, formatter(state, exception), exception, values, owner.OpenScopeValues()));
        }
    }

    private sealed class TypedLogger<T>(ILogger inner) : ILogger<T>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            inner.Log(logLevel, eventId, state, exception, formatter);
    }
}
