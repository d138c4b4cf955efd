using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ForumBot.Updates.Cards;

/// <summary>
/// What an update card's actions carry besides the inputs: which request it answers — forum,
/// meeting, initiative and the person it was sent to, plus the request key derived from them
/// (checked statelessly against the network and the calendar, see UpdateCardGate) — and the
/// update version the card showed. The verb is in the data too, so a client that falls back to
/// Action.Submit still routes.
/// </summary>
public sealed record UpdateCardData(string RequestId, string ForumId, string MeetingId, string InitiativeId, string PersonId, int Version)
{
    public const string SubmitVerb = "update.submit";
    public const string EditVerb = "update.edit";

    // Names that cannot collide with the form's input ids.
    private const string VerbField = "verb";
    private const string RequestField = "rid";
    private const string ForumField = "forum";
    private const string MeetingField = "meeting";
    private const string InitiativeField = "initiative";
    private const string PersonField = "person";
    private const string VersionField = "v";

    public JsonObject ToJson(string verb) => new()
    {
        [VerbField] = verb,
        [RequestField] = RequestId,
        [ForumField] = ForumId,
        [MeetingField] = MeetingId,
        [InitiativeField] = InitiativeId,
        [PersonField] = PersonId,
        [VersionField] = Version,
    };

    /// <summary>The data of a request to <paramref name="personId"/>, with its request key.</summary>
    public static UpdateCardData For(string forumId, string meetingId, string initiativeId, string personId, int version = 0) =>
        new(RequestKey(meetingId, forumId, initiativeId, personId), forumId, meetingId, initiativeId, personId, version);

    /// <summary>The deterministic request key: "meeting|forum|initiative|person" (sorts by meeting).</summary>
    public static string RequestKey(string meetingId, string forumId, string initiativeId, string personId) =>
        Storage.UpdateTables.Key(meetingId, forumId, initiativeId, personId);

    /// <summary>True when the posted request key is the one the other fields give (a hand-edited payload usually is not).</summary>
    public bool KeyMatches => RequestId == RequestKey(MeetingId, ForumId, InitiativeId, PersonId);

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
        var personId = String(value, PersonField);
        var version = Integer(value, VersionField);
        return requestId is null || forumId is null || meetingId is null || initiativeId is null || personId is null || version is null or < 0
            ? null
            : new UpdateCardData(requestId, forumId, meetingId, initiativeId, personId, version.Value);
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
