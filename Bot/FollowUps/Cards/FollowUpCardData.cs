using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ForumBot.FollowUps.Model;

namespace ForumBot.FollowUps.Cards;

/// <summary>
/// What a follow-up card's actions carry besides the inputs: the follow-up the card was made for,
/// the person it was sent to, and a version: on the owner's card the follow-up's version the card
/// showed (an older one is a stale card), on a chair's card the change that proposed the due date
/// it asks about. The verb is in the data too, so a client that falls back to Action.Submit still
/// routes. Nothing else is trusted: the gate reads the follow-up and checks the presser against it.
/// </summary>
public sealed record FollowUpCardData(string FollowUpId, string PersonId, int Version)
{
    public const string DoneVerb = "followup.done";
    public const string CommentVerb = "followup.comment";
    public const string ProposeVerb = "followup.propose";
    public const string AcceptVerb = "followup.accept";
    public const string RefuseVerb = "followup.refuse";

    // Names that cannot collide with the cards' input ids.
    private const string VerbField = "verb";
    private const string FollowUpField = "followUp";
    private const string PersonField = "to";
    private const string VersionField = "v";

    public JsonObject ToJson(string verb) => new()
    {
        [VerbField] = verb,
        [FollowUpField] = FollowUpId,
        [PersonField] = PersonId,
        [VersionField] = Version,
    };

    /// <summary>Reads the data back; null when a field is missing, of the wrong kind, or not a follow-up id.</summary>
    public static FollowUpCardData? From(JsonElement? data)
    {
        if (data is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        var followUpId = FollowUpIds.FromTyped(String(value, FollowUpField));
        var personId = String(value, PersonField);
        var version = Integer(value, VersionField);
        return followUpId is null || personId is null || version is null or < 1 ? null : new FollowUpCardData(followUpId, personId, version.Value);
    }

    /// <summary>The text of input <paramref name="id"/> as posted; empty when absent.</summary>
    public static string Input(JsonElement? data, string id) =>
        data is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(id, out var field) && field.ValueKind == JsonValueKind.String
            ? field.GetString()!.Trim()
            : string.Empty;

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
