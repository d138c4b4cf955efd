using System.Text.Json.Nodes;
using ForumBot.Cards;
using ForumBot.Localization;

namespace ForumBot.Network.Overview;

/// <summary>The facts about one initiative that every overview card shows the same way.</summary>
public static class InitiativeFacts
{
    /// <summary>Topic(s), target group, owner, partners and contacts.</summary>
    public static List<(string Title, string Value)> Summary(Language language, NetworkSnapshot network, Initiative initiative, IReadOnlyList<string>? topics = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(initiative);
        var shownTopics = topics is { Count: > 0 } ? topics : initiative.Topics;
        return
        [
            (shownTopics.Count == 1 ? language.Pick("Topic", "Emne") : language.Pick("Topics", "Emner"), OverviewText.Topics(language, shownTopics)),
            (language.Pick("Target group", "Målgruppe"), OverviewText.TargetGroup(language, initiative.TargetGroup)),
            (language.Pick("Owner", "Ejer"), OverviewText.Organisation(network, initiative.OwnerId)),
            (language.Pick("Partners", "Partnere"), OverviewText.Organisations(network, initiative.Partners)),
            (language.Pick("Contacts", "Kontaktpersoner"), OverviewText.People(network, initiative.Contacts)),
        ];
    }

    /// <summary>The initiative's name in bold over its summary, separated from the item above.</summary>
    public static JsonObject Block(Language language, NetworkSnapshot network, Initiative initiative, IReadOnlyList<string>? topics = null)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        return AdaptiveCards.Container(
        [
            AdaptiveCards.TextBlock(initiative.Name, size: "Medium", weight: "Bolder"),
            AdaptiveCards.FactSet(Summary(language, network, initiative, topics)),
        ], separator: true);
    }
}
