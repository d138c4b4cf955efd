using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ForumBot.Updates.Cards;

/// <summary>
/// What an update card's actions carry besides the inputs: which request it answers (checked
/// against the stored request, see UpdateCardGate) and the update version the card showed.
/// The verb is in the data too, so a client that falls back to Action.Submit still routes.
/// </summary>
public sealed record UpdateCardData(string RequestId, string ForumId, string MeetingId, string InitiativeId, int Version)
{
    public const string SubmitVerb = "update.submit";
    public const string EditVerb = "update.edit";

    // Names that cannot collide with the form's input ids.
    private const string VerbField = "verb";
    private const string RequestField = "rid";
    private const string ForumField = "forum";
    private const string MeetingField = "meeting";
    private const string InitiativeField = "initiative";
    private const string VersionField = "v";

    public JsonObject ToJson(string verb) => new()
    {
        [VerbField] = verb,
        [RequestField] = RequestId,
        [ForumField] = ForumId,
        [MeetingField] = MeetingId,
        [InitiativeField] = InitiativeId,
        [VersionField] = Version,
    };

    /// <summary>Reads the data back; null when a field is missing or of the wrong kind.</summary>
    public static UpdateCardData? From(JsonElement? data)
    {
        if (data is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        var requestId = String(value, RequestField);
        var forumId = String(value, ForumField);
        var meetingId = String(value, MeetingField);
        var initiativeId = String(value, InitiativeField);
        var version = Integer(value, VersionField);
        return requestId is null || forumId is null || meetingId is null || initiativeId is null || version is null or < 0
            ? null
            : new UpdateCardData(requestId, forumId, meetingId, initiativeId, version.Value);
    }

    private static string? String(JsonElement value, string name) =>
        value.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.String && field.GetString() is { Length: > 0 and <= 300 } text ? text : null;

    private static int? Integer(JsonElement value, string name)
    {
        if (!value.TryGetProperty(name, out var field))
        {
            return null;
        }

        return field.ValueKind switch
        {
            JsonValueKind.Number when field.TryGetInt32(out var number) => number,
            JsonValueKind.String when int.TryParse(field.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }
}
