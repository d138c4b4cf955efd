using System.Text.Json.Nodes;
using ForumBot.Cards;
using ForumBot.Localization;
using ForumBot.Network.Channels;

namespace ForumBot.Network.Overview;

/// <summary>"forums": every active forum with its level, chairs, next meeting and linked channel.</summary>
public static class ForumsCard
{
    public static JsonObject Build(Language language, NetworkSnapshot network, DateTimeOffset now, IReadOnlyDictionary<string, ForumChannelLink> links)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(links);
        var shown = network.Forums.Take(OverviewText.MaxItemsPerCard).ToList();
        return AdaptiveCards.Card(
        [
            AdaptiveCards.Heading(language.Pick($"Forums in {network.Area}", $"Fora i {network.Area}")),
            AdaptiveCards.TextBlock(OverviewText.Count(language, network.Forums.Count, "forum", "forums", "forum", "fora")
                + language.Pick($" · times in {network.TimeZone.Id}", $" · tider i {network.TimeZone.Id}"), subtle: true),
            .. shown.Select(f => Block(language, network, f, now, links.GetValueOrDefault(f.Id))),
            OverviewText.More(language, network.Forums.Count, shown.Count) is { } more ? AdaptiveCards.TextBlock(more, subtle: true) : null,
        ]);
    }

    private static JsonObject Block(Language language, NetworkSnapshot network, Forum forum, DateTimeOffset now, ForumChannelLink? link)
    {
        var next = forum.NextMeetingAfter(now, network.TimeZone);
        return AdaptiveCards.Container(
        [
            AdaptiveCards.TextBlock($"{forum.Name} ({forum.Id})", size: "Medium", weight: "Bolder"),
            AdaptiveCards.FactSet(
            [
                (language.Pick("Level", "Niveau"), OverviewText.Level(language, forum.Level)),
                (forum.Chairs.Count == 1 ? language.Pick("Chair", "Forperson") : language.Pick("Chairs", "Forpersoner"), OverviewText.People(network, forum.Chairs)),
                (language.Pick("Next meeting", "Næste møde"), next is { } at
                    ? LocalTimeText.Format(language, at, network.TimeZone)
                    : language.Pick("none scheduled", "intet planlagt")),
                (language.Pick("Channel", "Kanal"), link is null
                    ? language.Pick("not linked yet", "ikke tilknyttet endnu")
                    : link.DisplayName ?? language.Pick("linked", "tilknyttet")),
            ]),
        ], separator: true);
    }
}
