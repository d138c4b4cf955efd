using System.Text.Json.Nodes;

namespace ForumBot.Tests.Network;

/// <summary>JSON with object keys sorted, so two documents compare by meaning, not key order.</summary>
public static class JsonCanonical
{
    public static string Of(JsonNode? node) => Sorted(node)?.ToJsonString() ?? "null";

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Sorted)]),
        _ => node?.DeepClone(),
    };
}
