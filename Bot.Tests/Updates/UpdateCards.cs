using System.Text.Json.Nodes;
using ForumBot.Scheduling;

namespace ForumBot.Tests.Updates;

/// <summary>Reads update cards the way a client does: the inputs, the actions and their data.</summary>
public static class UpdateCards
{
    public static JsonObject Card(DueWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var content = work.Activity.Attachments!.Single().Content!.Value;
        return JsonNode.Parse(content.GetRawText())!.AsObject();
    }

    /// <summary>The card of an invoke response body that replaced the card.</summary>
    public static JsonObject FromInvoke(JsonObject body)
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        return body["value"]!.AsObject();
    }

    /// <summary>All Action.Execute actions of a card, anywhere in it.</summary>
    public static IEnumerable<JsonObject> Actions(JsonNode card) => Walk(card).Where(n => n["type"]?.GetValue<string>() == "Action.Execute");

    public static JsonObject Action(JsonNode card, string verb) => Actions(card).Single(a => a["verb"]!.GetValue<string>() == verb);

    /// <summary>The data a press of the button would post, with the inputs filled in (as a client merges them).</summary>
    public static JsonObject Press(JsonNode card, string verb, params (string Id, string Value)[] inputs)
    {
        var data = Action(card, verb)["data"]!.DeepClone().AsObject();
        foreach (var (id, value) in inputs)
        {
            data[id] = value;
        }

        return data;
    }

    public static IEnumerable<JsonObject> Inputs(JsonNode card) => Walk(card).Where(n => n["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true);

    public static JsonObject Input(JsonNode card, string id) => Inputs(card).Single(i => i["id"]?.GetValue<string>() == id);

    /// <summary>The input's current value as text (numbers in invariant form), or null when empty.</summary>
    public static string? Value(JsonNode card, string id) => Input(card, id)["value"] switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        { } other => other.ToJsonString(),
        null => null,
    };

    /// <summary>The red error line right under an input, or null.</summary>
    public static string? ErrorUnder(JsonNode card, string id)
    {
        foreach (var items in Walk(card).Select(n => n["body"] ?? n["items"]).OfType<JsonArray>())
        {
            for (var i = 0; i < items.Count - 1; i++)
            {
                if (items[i]?["id"]?.GetValue<string>() == id && items[i + 1]?["color"]?.GetValue<string>() == "Attention")
                {
                    return items[i + 1]!["text"]!.GetValue<string>();
                }
            }
        }

        return null;
    }

    private static IEnumerable<JsonObject> Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, value) in obj)
                {
                    foreach (var inner in Walk(value))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var inner in Walk(item))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }
}
