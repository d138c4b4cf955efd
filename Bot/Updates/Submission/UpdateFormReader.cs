using System.Globalization;
using System.Text.Json;
using ForumBot.Updates.Model;

namespace ForumBot.Updates.Submission;

/// <summary>
/// Reads the card's inputs from the posted action data (Action.Execute's data or Action.Submit's
/// value; both carry the inputs by id). Clients send numbers as text or as numbers; anything
/// else is read as empty.
/// </summary>
public static class UpdateFormReader
{
    public static UpdateForm Read(JsonElement? data)
    {
        if (data is not { ValueKind: JsonValueKind.Object } value)
        {
            return UpdateForm.Empty;
        }

        return new UpdateForm
        {
            Status = Field(value, UpdateForm.StatusId),
            Reached = Field(value, UpdateForm.ReachedId),
            WentWell = Field(value, UpdateForm.WentWellId),
            Barriers = Field(value, UpdateForm.BarriersId),
            Needs = Field(value, UpdateForm.NeedsId),
            NeedsFrom = Field(value, UpdateForm.NeedsFromId),
            EscalateTo = Field(value, UpdateForm.EscalateToId),
            EscalationReason = Field(value, UpdateForm.EscalationReasonId),
        };
    }

    private static string Field(JsonElement value, string id)
    {
        if (!value.TryGetProperty(id, out var field))
        {
            return string.Empty;
        }

        var text = field.ValueKind switch
        {
            JsonValueKind.String => field.GetString() ?? string.Empty,
            JsonValueKind.Number => field.GetDouble().ToString(CultureInfo.InvariantCulture),
            _ => string.Empty,
        };
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
    }
}
