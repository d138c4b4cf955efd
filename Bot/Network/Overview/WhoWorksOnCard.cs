using System.Text.Json.Nodes;
using ForumBot.Cards;
using ForumBot.Localization;

namespace ForumBot.Network.Overview;

/// <summary>"Who works on &lt;topic&gt;": the matching initiatives, or what topics there are.</summary>
public static class WhoWorksOnCard
{
    public static JsonObject Build(Language language, NetworkSnapshot network, string query, IReadOnlyList<TopicMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var shown = matches.Take(OverviewText.MaxItemsPerCard).ToList();
        return AdaptiveCards.Card(
        [
            AdaptiveCards.Heading(language.Pick($"Who works on “{query}”", $"Hvem arbejder med “{query}”")),
            AdaptiveCards.TextBlock(OverviewText.Count(language, matches.Count, "initiative", "initiatives", "indsats", "indsatser"), subtle: true),
            .. shown.Select(m => InitiativeFacts.Block(language, network, m.Initiative, m.MatchedTopics)),
            OverviewText.More(language, matches.Count, shown.Count) is { } more ? AdaptiveCards.TextBlock(more, subtle: true) : null,
            AdaptiveCards.TextBlock(language.Pick(
                "Write “initiative <name>” to see one initiative in full.",
                "Skriv “indsats <navn>” for at se én indsats i detaljer."), subtle: true),
        ]);
    }

    /// <summary>Nothing matched: say so kindly and offer the topics that exist.</summary>
    public static JsonObject NoMatch(Language language, NetworkSnapshot network, string query)
    {
        var topics = TopicSearch.AllTopics(network);
        return AdaptiveCards.Card(
        [
            AdaptiveCards.TextBlock(language.Pick($"No one found for “{query}”", $"Ingen fundet for “{query}”"), size: "Medium", weight: "Bolder"),
            AdaptiveCards.TextBlock(language.Pick(
                "No initiative in the network has that topic or mentions it. These topics exist:",
                "Ingen indsats i netværket har det emne eller nævner det. Disse emner findes:")),
            AdaptiveCards.TextBlock(OverviewText.Topics(language, topics)),
            topics.Count > 0 ? AdaptiveCards.TextBlock(Example(language, topics[0]), subtle: true) : null,
        ]);
    }

    /// <summary>No topic given: how to ask.</summary>
    public static JsonObject Usage(Language language, NetworkSnapshot network)
    {
        var topics = TopicSearch.AllTopics(network);
        return AdaptiveCards.Card(
        [
            AdaptiveCards.TextBlock(language.Pick("Which topic?", "Hvilket emne?"), size: "Medium", weight: "Bolder"),
            AdaptiveCards.TextBlock(Example(language, topics.Count > 0 ? topics[0] : "leisure jobs")),
            AdaptiveCards.TextBlock(language.Pick("Topics: ", "Emner: ") + OverviewText.Topics(language, topics), subtle: true),
        ]);
    }

    private static string Example(Language language, string topic) => language.Pick(
        $"Write for example: who works on {TopicVocabulary.Display(topic, language)}",
        $"Skriv for eksempel: hvem arbejder med {TopicVocabulary.Display(topic, language)}");
}
