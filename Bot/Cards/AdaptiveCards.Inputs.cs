using System.Text.Json.Nodes;

namespace ForumBot.Cards;

/// <summary>The inputs, actions and collapsible sections of Adaptive Card 1.5 forms (the update card's first).</summary>
public static partial class AdaptiveCards
{
    public static JsonObject TextInput(string id, string label, string value, int maxLength, bool multiline, string? placeholder = null)
    {
        var input = Input("Input.Text", id, label);
        input["isMultiline"] = multiline;
        input["maxLength"] = maxLength;
        SetIfText(input, "value", value);
        SetIfText(input, "placeholder", placeholder);
        return input;
    }

    public static JsonObject NumberInput(string id, string label, double? value, int min, int max, string errorMessage, string? placeholder = null)
    {
        var input = Input("Input.Number", id, label);
        input["min"] = min;
        input["max"] = max;
        input["isRequired"] = true;
        input["errorMessage"] = errorMessage;
        if (value is { } number)
        {
            input["value"] = number;
        }

        SetIfText(input, "placeholder", placeholder);
        return input;
    }

    public static JsonObject ChoiceInput(string id, string label, IEnumerable<(string Title, string Value)> choices, string value, string style, bool multiSelect = false, string? requiredMessage = null, string? placeholder = null)
    {
        var input = Input("Input.ChoiceSet", id, label);
        input["style"] = style;
        input["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]);
        if (multiSelect)
        {
            input["isMultiSelect"] = true;
        }

        if (requiredMessage is not null)
        {
            input["isRequired"] = true;
            input["errorMessage"] = requiredMessage;
        }

        SetIfText(input, "value", value);
        SetIfText(input, "placeholder", placeholder);
        return input;
    }

    /// <summary>The server's verdict on a field, in red right under it.</summary>
    public static JsonObject FieldError(string text) => new()
    {
        ["type"] = "TextBlock",
        ["text"] = text,
        ["wrap"] = true,
        ["color"] = "Attention",
        ["size"] = "Small",
        ["spacing"] = "None",
    };

    public static JsonObject ExecuteAction(string title, string verb, JsonObject data, string? style = null)
    {
        var action = new JsonObject { ["type"] = "Action.Execute", ["title"] = title, ["verb"] = verb, ["data"] = data };
        if (style is not null)
        {
            action["style"] = style;
        }

        return action;
    }

    /// <summary>A button that shows or hides a section (its inputs are sent either way).</summary>
    public static JsonObject ToggleButton(string title, string targetId) => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = new JsonArray(new JsonObject
        {
            ["type"] = "Action.ToggleVisibility",
            ["title"] = title,
            ["targetElements"] = new JsonArray(targetId),
        }),
    };

    public static JsonObject Section(string id, bool visible, IEnumerable<JsonNode?> items) => new()
    {
        ["type"] = "Container",
        ["id"] = id,
        ["isVisible"] = visible,
        ["items"] = new JsonArray([.. items.Where(i => i is not null)]),
    };

    /// <summary>Input.Date: the value and the earliest day as "yyyy-MM-dd", as Adaptive Cards write dates (empty: none).</summary>
    public static JsonObject DateInput(string id, string label, string value, string min)
    {
        var input = Input("Input.Date", id, label);
        SetIfText(input, "value", value);
        SetIfText(input, "min", min);
        return input;
    }

    /// <summary>Buttons inside the body (a panel's own actions, next to its inputs) rather than at the card's foot.</summary>
    public static JsonObject ActionSet(IEnumerable<JsonNode?> actions) => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = new JsonArray([.. actions.Where(a => a is not null)]),
    };

    private static JsonObject Input(string type, string id, string label) => new() { ["type"] = type, ["id"] = id, ["label"] = label };

    private static void SetIfText(JsonObject node, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            node[name] = value;
        }
    }
}
