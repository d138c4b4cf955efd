namespace ForumBot.Network.Overview;

/// <summary>One initiative found for a topic, with the topics of it that matched (empty when only its name or description did).</summary>
public sealed record TopicMatch(Initiative Initiative, IReadOnlyList<string> MatchedTopics);

/// <summary>
/// "Who works on &lt;topic&gt;": initiatives whose topics match the query or a word of the topic
/// vocabulary it names (so "fritidsjob" finds "leisure jobs"), then initiatives whose name or
/// description contains the query as the user typed it. Vocabulary words are matched against
/// topics only: a Danish synonym found inside some description would pull in unrelated work.
/// </summary>
public static class TopicSearch
{
    /// <summary>Shorter queries match whole topics only, never inside names ("ung" is in half the network).</summary>
    private const int MinimumSubstringLength = 3;

    public static IReadOnlyList<TopicMatch> Find(NetworkSnapshot network, string query)
    {
        ArgumentNullException.ThrowIfNull(network);
        var q = TextMatch.Query(query);
        if (q.Length == 0)
        {
            return [];
        }

        var terms = TopicVocabulary.Expand(q).Prepend(q).Distinct(StringComparer.Ordinal).ToList();
        var byTopic = new List<TopicMatch>();
        var byText = new List<TopicMatch>();
        foreach (var initiative in network.Initiatives)
        {
            var topics = initiative.Topics.Where(t => terms.Any(term => TopicFits(TextMatch.Normalize(t), term))).ToList();
            if (topics.Count > 0)
            {
                byTopic.Add(new TopicMatch(initiative, topics));
            }
            else if (q.Length >= MinimumSubstringLength
                && (TextMatch.Normalize(initiative.Name).Contains(q, StringComparison.Ordinal)
                    || TextMatch.Normalize(initiative.Description).Contains(q, StringComparison.Ordinal)))
            {
                byText.Add(new TopicMatch(initiative, []));
            }
        }

        return [.. byTopic, .. byText];
    }

    /// <summary>Every topic in the network once, in first-seen order (for "try one of these").</summary>
    public static IReadOnlyList<string> AllTopics(NetworkSnapshot network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return [.. network.Initiatives.SelectMany(i => i.Topics).DistinctBy(TextMatch.Normalize, StringComparer.Ordinal)];
    }

    // "leisure job" and "jobs" find "leisure jobs"; "leisure jobs for teenagers" does too.
    private static bool TopicFits(string topic, string term) =>
        topic == term
        || (term.Length >= MinimumSubstringLength && topic.Contains(term, StringComparison.Ordinal))
        || TextMatch.ContainsWord(term, topic);
}
