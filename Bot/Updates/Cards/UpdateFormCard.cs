using System.Globalization;
using System.Text.Json.Nodes;
using ForumBot.Cards;
using ForumBot.Localization;
using ForumBot.Updates.Model;

namespace ForumBot.Updates.Cards;

/// <summary>
/// The update form: status, young people reached, three texts, what is needed from which
/// organisations, and an optional escalation. Shown empty for a request, with the stored values
/// for an edit, and with the posted values and an error under each faulty field after a refusal.
/// </summary>
public static class UpdateFormCard
{
    public const string NeedsFromSectionId = "needsFromSection";
    public const string EscalationSectionId = "escalationSection";

    public static JsonObject Build(UpdateCardContext context, UpdateForm form, IReadOnlyDictionary<string, string>? errors = null, CardNote? note = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(form);
        errors ??= new Dictionary<string, string>();
        var c = context;
        var body = new List<JsonNode?>
        {
            AdaptiveCards.Heading(c.Pick($"Update: {c.Initiative.Name}", $"Opdatering: {c.Initiative.Name}")),
            c.CycleFacts(),
            note?.ToBlock(),
            errors.Count > 0 ? AdaptiveCards.FieldError(c.Pick("Nothing was saved: please correct the fields marked below.", "Intet er gemt: ret venligst felterne markeret nedenfor.")) : null,
        };

        Add(body, errors, UpdateForm.StatusId, AdaptiveCards.ChoiceInput(UpdateForm.StatusId, c.Pick("How is it going?", "Hvordan går det?"),
            Enum.GetValues<UpdateStatus>().Select(s => (s.Title(c.Language), UpdateStatuses.Words.Word(s))), form.Status, "expanded",
            requiredMessage: c.Pick("Choose a status.", "Vælg en status.")));
        Add(body, errors, UpdateForm.ReachedId, AdaptiveCards.NumberInput(UpdateForm.ReachedId, c.Pick("Young people reached since the last meeting", "Unge nået siden sidste møde"),
            double.TryParse(form.Reached, NumberStyles.Float, CultureInfo.InvariantCulture, out var reached) ? reached : null, 0, UpdateContent.MaxReached,
            c.Pick("Enter a whole number, 0 or more.", "Skriv et helt tal, 0 eller derover."), c.Pick("0 if none", "0 hvis ingen")));
        AddText(body, errors, form, UpdateForm.WentWellId, c.Pick("What went well?", "Hvad gik godt?"));
        AddText(body, errors, form, UpdateForm.BarriersId, c.Pick("What is getting in the way?", "Hvad står i vejen?"));
        AddText(body, errors, form, UpdateForm.NeedsId, c.Pick("What do you need, and from whom?", "Hvad har I brug for, og fra hvem?"));

        var needsFrom = new List<JsonNode?>();
        Add(needsFrom, errors, UpdateForm.NeedsFromId, AdaptiveCards.ChoiceInput(UpdateForm.NeedsFromId, c.Pick("From which organisations?", "Fra hvilke organisationer?"),
            c.Network.Organisations.OrderBy(o => o.Name, StringComparer.Create(c.Language.Culture(), ignoreCase: true)).Select(o => (o.Name, o.Id)),
            form.NeedsFrom, "compact", multiSelect: true, placeholder: c.Pick("Choose organisations", "Vælg organisationer")));
        body.Add(AdaptiveCards.ToggleButton(c.Pick("Choose organisations…", "Vælg organisationer…"), NeedsFromSectionId));
        body.Add(AdaptiveCards.Section(NeedsFromSectionId, form.NeedsFrom.Length > 0 || errors.ContainsKey(UpdateForm.NeedsFromId), needsFrom));

        var escalation = new List<JsonNode?>();
        Add(escalation, errors, UpdateForm.EscalateToId, AdaptiveCards.ChoiceInput(UpdateForm.EscalateToId, c.Pick("Escalate to forum", "Løft til forum"),
            c.Network.Forums.Where(f => f.Id != c.Forum.Id).Select(f => (f.Name, f.Id)), form.EscalateTo, "compact",
            placeholder: c.Pick("No escalation", "Ingen eskalering")));
        AddText(escalation, errors, form, UpdateForm.EscalationReasonId, c.Pick("Why should that forum take it up?", "Hvorfor skal det forum tage det op?"));
        body.Add(AdaptiveCards.ToggleButton(c.Pick("Escalate to another forum…", "Løft til et andet forum…"), EscalationSectionId));
        var escalationShown = form.EscalateTo.Length > 0 || form.EscalationReason.Length > 0
            || errors.ContainsKey(UpdateForm.EscalateToId) || errors.ContainsKey(UpdateForm.EscalationReasonId);
        body.Add(AdaptiveCards.Section(EscalationSectionId, escalationShown, escalation));

        var submit = AdaptiveCards.ExecuteAction(c.Pick("Send update", "Send opdatering"), UpdateCardData.SubmitVerb, c.Data.ToJson(UpdateCardData.SubmitVerb), "positive");
        return AdaptiveCards.Card(body, [submit]);
    }

    private static void AddText(List<JsonNode?> body, IReadOnlyDictionary<string, string> errors, UpdateForm form, string id, string label) =>
        Add(body, errors, id, AdaptiveCards.TextInput(id, label, form.Text(id), UpdateContent.MaxTextLength, multiline: true));

    private static void Add(List<JsonNode?> body, IReadOnlyDictionary<string, string> errors, string id, JsonObject input)
    {
        body.Add(input);
        if (errors.TryGetValue(id, out var error))
        {
            body.Add(AdaptiveCards.FieldError(error));
        }
    }
}
