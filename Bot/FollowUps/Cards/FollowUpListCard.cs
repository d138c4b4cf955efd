using System.Text.Json.Nodes;
using ForumBot.Cards;
using ForumBot.FollowUps.Model;
using ForumBot.Localization;
using ForumBot.Network;

namespace ForumBot.FollowUps.Cards;

/// <summary>
/// A list of follow-ups: open first (earliest due first, overdue marked), then the closed ones; at
/// most <see cref="MaxShown"/>, then how many more there are, so a card stays within Teams' size.
/// </summary>
public static class FollowUpListCard
{
    public const int MaxShown = 20;

    public static JsonObject Build(Language language, string heading, string empty, IEnumerable<FollowUp> followUps, NetworkSnapshot network, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(network);
        var ordered = Order(followUps).ToList();
        var body = new List<JsonNode?> { AdaptiveCards.Heading(heading) };
        if (ordered.Count == 0)
        {
            body.Add(AdaptiveCards.TextBlock(empty));
        }

        body.AddRange(ordered.Take(MaxShown).Select(f => Item(language, f, network, today)));
        if (ordered.Count > MaxShown)
        {
            var more = ordered.Count - MaxShown;
            body.Add(AdaptiveCards.TextBlock(language.Pick($"…and {more} more.", $"…og {more} flere."), subtle: true));
        }

        return AdaptiveCards.Card(body);
    }

    public static IEnumerable<FollowUp> Order(IEnumerable<FollowUp> followUps) =>
        followUps.OrderBy(f => f.IsOpen ? 0 : 1).ThenBy(f => f.Due).ThenBy(f => f.Id, StringComparer.Ordinal);

    private static JsonObject Item(Language language, FollowUp followUp, NetworkSnapshot network, DateOnly today)
    {
        var overdue = followUp.IsOverdue(today);
        var marker = overdue ? language.Pick("⚠ Overdue: ", "⚠ Overskredet: ") : string.Empty;
        var owner = network.FindPerson(followUp.OwnerId)?.Name ?? followUp.OwnerId;
        var forum = network.FindForum(followUp.ForumId)?.Name ?? followUp.ForumId;
        var facts = new List<(string, string)>
        {
            (language.Pick("Owner", "Ansvarlig"), owner),
            (language.Pick("Due", "Frist"), DueDates.Format(followUp.Due, language)),
            (language.Pick("Status", "Status"), FollowUpTexts.Status(language, followUp.Status)),
            (language.Pick("Forum", "Forum"), forum),
            ("Id", followUp.Id),
        };
        return AdaptiveCards.Container(
        [
            AdaptiveCards.TextBlock(marker + followUp.Text, weight: "Bolder", color: overdue ? "Attention" : null),
            AdaptiveCards.FactSet(facts),
        ], separator: true);
    }
}
