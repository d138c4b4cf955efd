using ForumBot.Hosting;

namespace ForumBot.Protocol.Routing;

/// <summary>
/// The frozen route table. Built once at start-up from every feature's registrations;
/// two features claiming the same command, verb or activity type stop the service.
/// </summary>
public sealed class RouteTable
{
    private readonly Dictionary<(RouteKind, string), Type> _routes = [];
    private readonly List<(string Words, Type Handler)> _commandsLongestFirst;

    public RouteTable(IEnumerable<RouteRegistration> registrations)
    {
        foreach (var registration in registrations)
        {
            var key = (registration.Kind, registration.Key);
            if (!_routes.TryAdd(key, registration.HandlerType))
            {
                throw new ConfigurationProblemException(
                    $"Duplicate route {registration.Kind} '{registration.Key}': {_routes[key].Name} and {registration.HandlerType.Name}.");
            }
        }

        _commandsLongestFirst = [.. _routes
            .Where(r => r.Key.Item1 == RouteKind.Command)
            .Select(r => (r.Key.Item2, r.Value))
            .OrderByDescending(r => r.Item1.Length)];
    }

    public Type? Find(RouteKind kind, string key) => _routes.GetValueOrDefault((kind, key));

    /// <summary>Matches the longest command whose words begin the text; returns the rest as arguments.</summary>
    public (Type Handler, string Arguments)? MatchCommand(string text)
    {
        var normalized = CommandText.Normalize(text);
        foreach (var (words, handler) in _commandsLongestFirst)
        {
            if (normalized == words)
            {
                return (handler, string.Empty);
            }

            if (normalized.StartsWith(words, StringComparison.Ordinal) && normalized.Length > words.Length
                && (normalized[words.Length] == ' ' || normalized[words.Length] == ':'))
            {
                return (handler, OriginalTail(text, words));
            }
        }

        return null;
    }

    /// <summary>The arguments in the user's own spelling (names keep their case and accents).</summary>
    private static string OriginalTail(string text, string normalizedWords)
    {
        var wordCount = normalizedWords.Split(' ').Length;
        var parts = text.Trim().Split((char[]?)null, wordCount + 1, StringSplitOptions.RemoveEmptyEntries);
        var tail = parts.Length > wordCount ? parts[wordCount] : string.Empty;
        if (parts.Length == wordCount && parts[^1].EndsWith(':'))
        {
            tail = string.Empty;
        }

        return tail.TrimStart(':', ' ').Trim();
    }
}
