using System.Text.Json;

namespace ForumBot.Escalations.Actions;

/// <summary>Reads a panel's inputs from the posted action data (Action.Execute's data or Action.Submit's value): text, trimmed, or empty.</summary>
internal static class CardInputs
{
    public static string Text(JsonElement? data, string id)
    {
        if (data is not { ValueKind: JsonValueKind.Object } value || !value.TryGetProperty(id, out var field) || field.ValueKind != JsonValueKind.String)
        {
            return string.Empty;
        }

        return (field.GetString() ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
    }
}
