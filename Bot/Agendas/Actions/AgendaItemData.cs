using System.Text.Json;
using System.Text.Json.Nodes;

namespace ForumBot.Agendas.Actions;

/// <summary>
/// What every action on an agenda item carries: the verb (also in the data, so a client that
/// falls back to Action.Submit still routes), the forum, the meeting and the item key. Nothing
/// else is trusted: <see cref="AgendaItemGate"/> checks all three against the network, the
/// calendar and the agenda as it stands now.
/// </summary>
public sealed record AgendaItemData(string ForumId, string MeetingId, string ItemKey)
{
    public const string VerbField = "verb";

    // Names that cannot collide with a panel's input ids (which start with the panel's own prefix).
    private const string ForumField = "forum";
    private const string MeetingField = "meeting";
    private const string ItemField = "item";

    /// <summary>The card data of an action with this verb; a panel may add fields of its own in <paramref name="extra"/>.</summary>
    public JsonObject ToJson(string verb, JsonObject? extra = null)
    {
        var data = new JsonObject
        {
            [VerbField] = verb,
            [ForumField] = ForumId,
            [MeetingField] = MeetingId,
            [ItemField] = ItemKey,
        };
        foreach (var (name, value) in extra ?? [])
        {
            data[name] = value?.DeepClone();
        }

        return data;
    }

    /// <summary>Reads the data back; null when a field is missing, empty, too long or of the wrong kind.</summary>
    public static AgendaItemData? From(JsonElement? data)
    {
        if (data is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        var forum = Text(value, ForumField);
        var meeting = Text(value, MeetingField);
        var item = Text(value, ItemField);
        return forum is null || meeting is null || item is null ? null : new AgendaItemData(forum, meeting, item);
    }

    private static string? Text(JsonElement value, string name) =>
        value.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.String && field.GetString() is { Length: > 0 and <= 200 } text ? text : null;
}
