using System.Text.Json;

namespace ForumBot.Agendas.Actions;

/// <summary>
/// What a chair posted from the item card, when the card is shown again because something was
/// refused: the inputs as they are to be shown (a CPR number already redacted) and the server's
/// verdict by input id, shown right under the field as update cards do. Panels read their own
/// inputs' <see cref="Value"/> and <see cref="Error"/>; an item card opened afresh has none.
/// </summary>
public sealed record AgendaItemForm(IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, string> Errors)
{
    public static AgendaItemForm None { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal), new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The posted value of the input, else <paramref name="stored"/> (what is saved now).</summary>
    public string Value(string inputId, string? stored) => Values.TryGetValue(inputId, out var posted) ? posted : stored ?? string.Empty;

    public string? Error(string inputId) => Errors.GetValueOrDefault(inputId);

    public static AgendaItemForm Refused(string inputId, string shown, string error) =>
        new(new Dictionary<string, string>(StringComparer.Ordinal) { [inputId] = shown }, new Dictionary<string, string>(StringComparer.Ordinal) { [inputId] = error });

    /// <summary>A text input's posted value (Action.Execute's data carries the inputs by id): trimmed, line ends as "\n"; empty when absent.</summary>
    public static string Posted(JsonElement? data, string inputId) =>
        data is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(inputId, out var field) && field.ValueKind == JsonValueKind.String
            ? (field.GetString() ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Trim()
            : string.Empty;
}
