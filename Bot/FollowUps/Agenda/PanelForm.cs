using System.Text.Json.Nodes;
using ForumBot.Cards;
using ForumBot.FollowUps.Cards;

namespace ForumBot.FollowUps.Agenda;

/// <summary>
/// Puts a refused form back into the item card Agendas built: the values as posted and each
/// error right under its input. The panel builds an empty form (the seam gives it the scope
/// only), so the refusal is written into the card afterwards, by input id.
/// </summary>
internal static class PanelForm
{
    public static JsonObject Apply(JsonObject card, FollowUpForm form)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(form);
        Walk(card, form);
        return card;
    }

    private static void Walk(JsonNode? node, FollowUpForm form)
    {
        switch (node)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonObject element && element["id"]?.GetValue<string>() is { } id && element["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true)
                    {
                        if (form.Value(id) is { Length: > 0 } value)
                        {
                            element["value"] = value;
                        }

                        if (form.Errors.TryGetValue(id, out var error))
                        {
                            array.Insert(++i, AdaptiveCards.FieldError(error));
                        }
                    }
                    else
                    {
                        Walk(array[i], form);
                    }
                }

                break;
            case JsonObject obj:
                foreach (var (_, value) in obj.ToList())
                {
                    Walk(value, form);
                }

                break;
        }
    }
}
