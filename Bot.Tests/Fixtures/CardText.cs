using System.Text.Json.Nodes;

namespace ForumBot.Tests.Fixtures;

/// <summary>What a user can read on a card: every text, title, value and placeholder, one per line.</summary>
public static class CardText
{
    private static readonly HashSet<string> ReadableProperties = ["text", "title", "value", "placeholder", "label", "errorMessage"];

    public static string Of(JsonNode? node)
    {
        var lines = new List<string>();
        Collect(node, lines);
        return string.Join('\n', lines);
    }

    private static void Collect(JsonNode? node, List<string> lines)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (ReadableProperties.Contains(name) && value is JsonValue v && v.TryGetValue<string>(out var text))
                    {
                        lines.Add(text);
                    }
                    else
                    {
                        Collect(value, lines);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, lines);
                }

                break;
        }
    }
}
