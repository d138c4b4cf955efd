using System.Text.Json.Nodes;
using ForumBot.Cards;
using ForumBot.FollowUps.Model;
using ForumBot.Localization;
using ForumBot.Network;

namespace ForumBot.FollowUps.Cards;

/// <summary>The notes on top of follow-up cards (<see cref="CardNote"/>), by what they say: saved, or not.</summary>
public static class FollowUpNotes
{
    public static CardNote Good(string text) => new(text, "Good");

    public static CardNote Warning(string text) => new(text, "Warning");

    public static CardNote Attention(string text) => new(text, "Attention");
}

/// <summary>What a form on a follow-up card was sent with, and the server's verdict on each faulty field (input id → message).</summary>
public sealed record FollowUpForm(IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, string> Errors)
{
    public static FollowUpForm Empty { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string>());

    public static FollowUpForm Error(string id, string value, string error) =>
        new(new Dictionary<string, string> { [id] = value }, new Dictionary<string, string> { [id] = error });

    public string Value(string id) => Values.GetValueOrDefault(id) ?? string.Empty;
}

/// <summary>The pieces the follow-up cards share: the follow-up's facts, a date input, a row of buttons.</summary>
internal static class FollowUpCardParts
{
    public static string Name(NetworkSnapshot network, string personId) => network.FindPerson(personId)?.Name ?? personId;

    /// <summary>The follow-up's text, marked when overdue.</summary>
    public static JsonObject What(Language language, FollowUp followUp, DateOnly today)
    {
        var overdue = followUp.IsOverdue(today);
        var marker = overdue ? language.Pick("⚠ Overdue: ", "⚠ Overskredet: ") : string.Empty;
        return AdaptiveCards.TextBlock(marker + followUp.Text, size: "Medium", weight: "Bolder", color: overdue ? "Attention" : null);
    }

    public static (string, string) Forum(Language language, NetworkSnapshot network, FollowUp followUp) =>
        (language.Pick("Forum", "Forum"), network.FindForum(followUp.ForumId)?.Name ?? followUp.ForumId);

    public static (string, string) Due(Language language, FollowUp followUp) =>
        (language.Pick("Due", "Frist"), DueDates.Format(followUp.Due, language));

    public static (string, string) Status(Language language, FollowUp followUp) =>
        (language.Pick("Status", "Status"), FollowUpTexts.Status(language, followUp.Status));

    public static (string, string) Id(FollowUp followUp) => ("Id", followUp.Id);

    /// <summary>Input.Date: the value and the earliest day as "yyyy-MM-dd", as Adaptive Cards write dates.</summary>
    public static JsonObject DateInput(string id, string label, string value, DateOnly min)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.Date",
            ["id"] = id,
            ["label"] = label,
            ["min"] = min.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (value.Length > 0)
        {
            input["value"] = value;
        }

        return input;
    }

    public static JsonObject ActionSet(params JsonNode[] actions) => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = new JsonArray(actions),
    };

    /// <summary>An input with the server's error, if any, right under it.</summary>
    public static IEnumerable<JsonNode> WithError(JsonObject input, FollowUpForm form, string id)
    {
        yield return input;
        if (form.Errors.TryGetValue(id, out var error))
        {
            yield return AdaptiveCards.FieldError(error);
        }
    }
}
