using System.Text.Json.Nodes;
using ForumBot.Agendas.Cards;
using ForumBot.Agendas.Meetings;
using ForumBot.Cards;
using ForumBot.Localization;
using ForumBot.Privacy;
using ForumBot.Scheduling;

namespace ForumBot.Agendas.Closing;

/// <summary>
/// The short minutes of a closed meeting: the items discussed with their decisions, the features'
/// parts (<see cref="IMinutesSection"/>: follow-ups created, escalations raised), and what was carried
/// over to the next meeting. Titles and decisions only, never an item's details: in a channel the
/// minutes are read by everyone, so they hold nothing an outsider may not see. Pure.
/// </summary>
public static class MinutesCard
{
    /// <summary>A decision longer than this is cut in the minutes (the item card has it all).</summary>
    public const int MaxDecisionLength = 300;

    public static JsonObject Build(MinutesScope scope, IEnumerable<JsonNode> featureParts, Meeting? next, IReadOnlyList<CarriedItem> carried, bool shared)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(featureParts);
        ArgumentNullException.ThrowIfNull(carried);
        var language = scope.Language;
        var zone = scope.Network.TimeZone;
        var body = new List<JsonNode?>
        {
            AdaptiveCards.Heading(scope.Pick($"Minutes: {scope.Forum.Name}", $"Referat: {scope.Forum.Name}")),
            AdaptiveCards.TextBlock(scope.Pick(
                $"Meeting {LocalTimeText.Format(language, scope.Meeting.StartsAtUtc, zone)}",
                $"Møde {LocalTimeText.Format(language, scope.Meeting.StartsAtUtc, zone)}")),
            AdaptiveCards.TextBlock(ClosedLine(scope), subtle: true),
            shared
                ? AdaptiveCards.TextBlock(scope.Pick(
                    "Everyone here can read this, so only the items' titles and the decisions are shown.",
                    "Alle her kan læse med, så kun punkternes titler og beslutningerne vises."), subtle: true)
                : null,
            AdaptiveCards.Container(Discussed(scope), separator: true),
        };
        var parts = featureParts.Select(RedactAll).ToList();
        if (parts.Count > 0)
        {
            body.Add(AdaptiveCards.Container(parts, separator: true));
        }

        body.Add(AdaptiveCards.Container(Carried(scope, next, carried), separator: true));
        return AdaptiveCards.Card(body);
    }

    private static string ClosedLine(MinutesScope scope)
    {
        var state = scope.Record.State;
        var at = state.ClosedAt is { } closedAt ? LocalTimeText.Format(scope.Language, closedAt, scope.Network.TimeZone) : string.Empty;
        if (state.ClosedBy == MeetingState.ClosedAutomatically)
        {
            return scope.Pick($"Closed by itself at the meeting's end, {at}.", $"Afsluttet af sig selv ved mødets slutning, {at}.");
        }

        var name = scope.Network.FindPerson(state.ClosedBy ?? string.Empty)?.Name ?? state.ClosedBy;
        return scope.Pick($"Closed by {name} {at}.", $"Afsluttet af {name} {at}.");
    }

    private static IEnumerable<JsonNode?> Discussed(MinutesScope scope)
    {
        yield return AdaptiveCards.TextBlock(scope.Pick("Discussed", "Drøftet"), size: "Medium", weight: "Bolder");
        var discussed = scope.Agenda.Items.Where(n => scope.Record.Mark(n.Item.Key).Discussed).ToList();
        if (discussed.Count == 0)
        {
            yield return AdaptiveCards.TextBlock(scope.Pick("No item was marked discussed.", "Intet punkt blev markeret som drøftet."), subtle: true);
        }

        foreach (var numbered in discussed)
        {
            yield return AdaptiveCards.TextBlock($"{numbered.Number}. {Safe(numbered.Item.Title.In(scope.Language))}", weight: "Bolder");
            if (scope.Record.Mark(numbered.Item.Key).Decision is { Length: > 0 } decision)
            {
                yield return AdaptiveCards.FactSet([(scope.Pick("Decision", "Beslutning"), Shortened.To(Safe(decision), MaxDecisionLength))]);
            }
        }
    }

    private static IEnumerable<JsonNode?> Carried(MinutesScope scope, Meeting? next, IReadOnlyList<CarriedItem> carried)
    {
        if (next is null)
        {
            yield return AdaptiveCards.TextBlock(scope.Pick(
                "The forum has no next meeting in its calendar, so nothing was carried over.",
                "Forummet har intet næste møde i sin kalender, så intet er overført."), subtle: true);
            yield break;
        }

        var day = MeetingDay.Format(scope.Language, next.StartsAtUtc, scope.Network.TimeZone);
        yield return AdaptiveCards.TextBlock(scope.Pick($"Carried over to the meeting on {day}", $"Overført til mødet den {day}"), size: "Medium", weight: "Bolder");
        if (carried.Count == 0)
        {
            yield return AdaptiveCards.TextBlock(scope.Pick("Nothing was carried over.", "Intet er overført."), subtle: true);
        }

        foreach (var item in carried)
        {
            yield return AdaptiveCards.TextBlock("• " + Safe(scope.Language.Pick(item.TitleEnglish, item.TitleDanish)));
        }
    }

    private static string Safe(string text) => CprGuard.Redact(text);

    /// <summary>A feature's part with every readable text through the CPR guard, whatever the feature put in it.</summary>
    private static JsonNode RedactAll(JsonNode node)
    {
        var copy = node.DeepClone();
        Redact(copy);
        return copy;
    }

    private static void Redact(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (value is JsonValue text && text.TryGetValue<string>(out var s))
                    {
                        obj[name] = Safe(s);
                    }
                    else
                    {
                        Redact(value);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue text && text.TryGetValue<string>(out var s))
                    {
                        array[i] = Safe(s);
                    }
                    else
                    {
                        Redact(array[i]);
                    }
                }

                break;
        }
    }
}
