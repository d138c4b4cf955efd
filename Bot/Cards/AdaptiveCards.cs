using System.Text.Json.Nodes;

namespace ForumBot.Cards;

/// <summary>
/// Small builders for Adaptive Card 1.5 JSON, the version Teams renders. Feature cards are
/// pure functions composed from these, so every card shares one shape and one schema check.
/// </summary>
public static partial class AdaptiveCards
{
    public const string Version = "1.5";
    public const string Schema = "http://adaptivecards.io/schemas/adaptive-card.json";

    public static JsonObject Card(IEnumerable<JsonNode?> body, IEnumerable<JsonNode?>? actions = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = Schema,
            ["version"] = Version,
            ["body"] = new JsonArray([.. body.Where(n => n is not null)]),
        };
        var actionArray = actions?.Where(a => a is not null).ToArray();
        if (actionArray is { Length: > 0 })
        {
            card["actions"] = new JsonArray(actionArray);
        }

        // Teams shows cards narrow unless told otherwise.
        card["msteams"] = new JsonObject { ["width"] = "Full" };
        return card;
    }

    public static JsonObject Heading(string text) => TextBlock(text, size: "Large", weight: "Bolder");

    public static JsonObject TextBlock(string text, string? size = null, string? weight = null, bool subtle = false, string? color = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = DisplayText.Safe(text), ["wrap"] = true };
        if (size is not null)
        {
            block["size"] = size;
        }

        if (weight is not null)
        {
            block["weight"] = weight;
        }

        if (subtle)
        {
            block["isSubtle"] = true;
        }

        if (color is not null)
        {
            block["color"] = color;
        }

        return block;
    }

    public static JsonObject FactSet(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = DisplayText.Safe(f.Title), ["value"] = DisplayText.Safe(f.Value) })]),
    };

    public static JsonObject Container(IEnumerable<JsonNode?> items, bool separator = false, string? style = null)
    {
        var container = new JsonObject
        {
            ["type"] = "Container",
            ["items"] = new JsonArray([.. items.Where(n => n is not null)]),
        };
        if (separator)
        {
            container["separator"] = true;
        }

        if (style is not null)
        {
            container["style"] = style;
        }

        return container;
    }
}
