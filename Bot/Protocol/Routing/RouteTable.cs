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

    /// <summary>
    /// The arguments in the user's own spelling (names keep their case and accents): the text
    /// after the shortest prefix that normalises to the command words, so "who works on:jobs"
    /// and "Hjaelp" cut in the right place although normalising changes lengths.
    /// </summary>
    private static string OriginalTail(string text, string normalizedWords)
    {
        var trimmed = text.TrimStart();
        var limit = Math.Min(trimmed.Length, (normalizedWords.Length * 3) + 8);
        for (var end = 1; end <= limit; end++)
        {
            var atBoundary = end == trimmed.Length || char.IsWhiteSpace(trimmed[end]) || trimmed[end] == ':';
            if (atBoundary && CommandText.Normalize(trimmed[..end]) == normalizedWords)
            {
                return trimmed[end..].TrimStart(':', ' ').Trim();
            }
        }

        return string.Empty;
    }
}
