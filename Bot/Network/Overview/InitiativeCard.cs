using System.Text.Json.Nodes;
using ForumBot.Cards;
using ForumBot.Localization;

namespace ForumBot.Network.Overview;

/// <summary>"initiative &lt;name&gt;": one initiative in full, a list to choose from, or a suggestion.</summary>
public static class InitiativeCard
{
    public static JsonObject Build(Language language, NetworkSnapshot network, Initiative initiative)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(initiative);
        var facts = InitiativeFacts.Summary(language, network, initiative);
        facts.Add((language.Pick("Forums", "Fora"), OverviewText.List(initiative.Forums.Select(id => network.FindForum(id)?.Name ?? id))));
        facts.Add(("Id", initiative.Id));
        return AdaptiveCards.Card(
        [
            AdaptiveCards.Heading(initiative.Name),
            string.IsNullOrWhiteSpace(initiative.Description) ? null : AdaptiveCards.TextBlock(initiative.Description),
            AdaptiveCards.FactSet(facts),
        ]);
    }

    /// <summary>Several initiatives fit: list them with their ids to choose from.</summary>
    public static JsonObject Choose(Language language, NetworkSnapshot network, string query, IReadOnlyList<Initiative> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var shown = candidates.Take(OverviewText.MaxItemsPerCard).ToList();
        return AdaptiveCards.Card(
        [
            AdaptiveCards.TextBlock(language.Pick($"{candidates.Count} initiatives match “{query}”", $"{candidates.Count} indsatser passer på “{query}”"), size: "Medium", weight: "Bolder"),
            AdaptiveCards.FactSet(shown.Select(i => (i.Name, $"{i.Id} · {OverviewText.Organisation(network, i.OwnerId)}"))),
            OverviewText.More(language, candidates.Count, shown.Count) is { } more ? AdaptiveCards.TextBlock(more, subtle: true) : null,
            AdaptiveCards.TextBlock(language.Pick(
                $"Write “initiative {shown[0].Id}” (the name or id of one) to see it.",
                $"Skriv “indsats {shown[0].Id}” (navnet eller id'et på én) for at se den."), subtle: true),
        ]);
    }

    /// <summary>Nothing fits: point to "who works on" and the topics there are.</summary>
    public static JsonObject NotFound(Language language, NetworkSnapshot network, string query) => AdaptiveCards.Card(
    [
        AdaptiveCards.TextBlock(language.Pick($"No initiative called “{query}”", $"Ingen indsats hedder “{query}”"), size: "Medium", weight: "Bolder"),
        AdaptiveCards.TextBlock(language.Pick(
            "Search by topic instead, e.g. “who works on <topic>”. Topics: ",
            "Søg i stedet på emne, fx “hvem arbejder med <emne>”. Emner: ") + OverviewText.Topics(language, TopicSearch.AllTopics(network))),
    ]);

    /// <summary>No name given.</summary>
    public static JsonObject Usage(Language language, NetworkSnapshot network) => AdaptiveCards.Card(
    [
        AdaptiveCards.TextBlock(language.Pick("Which initiative?", "Hvilken indsats?"), size: "Medium", weight: "Bolder"),
        AdaptiveCards.TextBlock(language.Pick(
            $"Write “initiative <name or id>”, for example: initiative {Example(network)}",
            $"Skriv “indsats <navn eller id>”, for eksempel: indsats {Example(network)}")),
    ]);

    private static string Example(NetworkSnapshot network) => network.Initiatives.Count > 0 ? network.Initiatives[0].Name : "…";
}
