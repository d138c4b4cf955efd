using Microsoft.Extensions.Logging;

namespace ForumBot.Tests.Fixtures;

/// <summary>
/// One log line as written: when (on the capture's clock), level, category, event id, formatted
/// text, exception, the structured values of the line and of the scopes open when it was written.
/// </summary>
public sealed record LoggedLine(
    DateTimeOffset At,
    LogLevel Level,
    string Category,
    int EventId,
    string Text,
    Exception? Exception,
    IReadOnlyList<KeyValuePair<string, object?>> Values,
    IReadOnlyDictionary<string, object?> Scopes)
{
    /// <summary>
    /// The text, the structured values (key=value) and the exception as one string: everything a sink
    /// could write for this line, for proving that something is never logged.
    /// </summary>
    public string Written { get; } = Text + " " + string.Join(' ', Values.Select(v => $"{v.Key}={v.Value}")) + " " + Exception;

    /// <summary>The value of an open scope's key as text, or null when no open scope has it.</summary>
    public string? Scope(string key) => Scopes.TryGetValue(key, out var value) ? value?.ToString() : null;
}
