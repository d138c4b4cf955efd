using System.Text.Json.Nodes;
using ForumBot.Cards;
using ForumBot.Localization;

namespace ForumBot.Network.Overview;

/// <summary>"overlaps": the groups of initiatives with a shared topic and overlapping ages.</summary>
public static class OverlapsCard
{
    public static JsonObject Build(Language language, NetworkSnapshot network, IReadOnlyList<OverlapCluster> clusters)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        var body = new List<JsonNode?>
        {
            AdaptiveCards.Heading(language.Pick("Overlapping initiatives", "Overlappende indsatser")),
            AdaptiveCards.TextBlock(clusters.Count == 0
                ? language.Pick("No two initiatives share a topic and an age range. Nothing overlaps.",
                    "Ingen indsatser deler både emne og aldersgruppe. Intet overlapper.")
                : language.Pick("Initiatives that share a topic and reach the same ages. Worth coordinating:",
                    "Indsatser med samme emne, som når de samme aldersgrupper. Værd at koordinere:")),
        };

        // The cap counts initiatives, so one card never lists more than MaxItemsPerCard of them.
        var budget = OverviewText.MaxItemsPerCard;
        var shownClusters = 0;
        foreach (var cluster in clusters.TakeWhile(_ => budget > 0))
        {
            var shown = cluster.Initiatives.Take(budget).ToList();
            budget -= shown.Count;
            shownClusters++;
            body.Add(Block(language, network, cluster, shown));
        }

        if (clusters.Count > shownClusters)
        {
            var left = clusters.Count - shownClusters;
            body.Add(AdaptiveCards.TextBlock(language.Pick($"… and {left} more group(s).", $"… og {left} grupper mere."), subtle: true));
        }

        return AdaptiveCards.Card(body);
    }

    private static JsonObject Block(Language language, NetworkSnapshot network, OverlapCluster cluster, List<Initiative> shown)
    {
        var topic = TopicVocabulary.Display(cluster.Topic, language);
        var summary = $"{topic} — "
            + OverviewText.Count(language, cluster.Initiatives.Count, "initiative", "initiatives", "indsats", "indsatser") + ", "
            + OverviewText.Count(language, cluster.OrganisationIds.Count, "organisation", "organisations", "organisation", "organisationer");
        return AdaptiveCards.Container(
        [
            AdaptiveCards.TextBlock(summary, size: "Medium", weight: "Bolder"),
            AdaptiveCards.TextBlock(language.Pick($"Together: ages {cluster.AgeFrom}–{cluster.AgeTo}", $"Samlet: {cluster.AgeFrom}–{cluster.AgeTo} år"), subtle: true),
            AdaptiveCards.FactSet(shown.Select(i => (i.Name,
                $"{OverviewText.Organisation(network, i.OwnerId)} · {OverviewText.Ages(language, i.TargetGroup)}"))),
            OverviewText.More(language, cluster.Initiatives.Count, shown.Count) is { } more ? AdaptiveCards.TextBlock(more, subtle: true) : null,
        ], separator: true);
    }
}
