using System.Text.Json.Nodes;
using ForumBot.Cards;
using ForumBot.Updates.Model;
using ForumBot.Updates.Storage;

namespace ForumBot.Updates.Cards;

/// <summary>
/// A submitted update, read-only: "submitted ✓ — you can change it until …" and an Edit action
/// while the deadline is ahead; after it, the same summary without Edit and with the reason.
/// </summary>
public static class UpdateSummaryCard
{
    public static JsonObject Build(UpdateCardContext context, UpdateRow update, bool canEdit, CardNote? note = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(update);
        var c = context;
        var content = update.Content();
        var submittedBy = c.Network.FindPerson(update.SubmittedBy)?.Name ?? update.SubmittedBy;
        var body = new List<JsonNode?>
        {
            AdaptiveCards.Heading(c.Pick("Update submitted ✓", "Opdatering indsendt ✓")),
            AdaptiveCards.TextBlock(c.Initiative.Name, weight: "Bolder"),
            AdaptiveCards.TextBlock(canEdit
                ? c.Pick($"You can change it until {c.When(c.DeadlineAt)}.", $"Du kan ændre den indtil {c.When(c.DeadlineAt)}.")
                : c.Pick($"The deadline ({c.When(c.DeadlineAt)}) has passed: the update can no longer be changed.", $"Fristen ({c.When(c.DeadlineAt)}) er overskredet: opdateringen kan ikke længere ændres."),
                color: canEdit ? "Good" : "Warning"),
            note?.ToBlock(),
            c.CycleFacts(),
            AdaptiveCards.FactSet(
            [
                (c.Pick("Status", "Status"), content.Status?.Title(c.Language) ?? "—"),
                (c.Pick("Young people reached", "Unge nået"), content.Reached is { } reached ? UpdateTexts.Number(reached, c.Language) : "—"),
                (c.Pick("Needs from", "Behov fra"), UpdateTexts.OrNone(string.Join(", ", content.NeedsFrom.Select(id => c.Network.FindOrganisation(id)?.Name ?? id)))),
                (c.Pick("Escalated to", "Løftet til"), content.EscalateTo is { } forumId ? c.Network.FindForum(forumId)?.Name ?? forumId : "—"),
                (c.Pick("Submitted by", "Indsendt af"), $"{submittedBy}, {c.When(update.SubmittedAt)}"),
            ]),
            Text(c.Pick("What went well", "Hvad gik godt"), content.WentWell),
            Text(c.Pick("What is getting in the way", "Hvad står i vejen"), content.Barriers),
            Text(c.Pick("What we need", "Hvad vi har brug for"), content.Needs),
            content.EscalateTo is null ? null : Text(c.Pick("Why escalate", "Hvorfor løfte det"), content.EscalationReason),
        };
        var data = c.Data with { Version = update.Version };
        JsonNode?[] actions = canEdit ? [AdaptiveCards.ExecuteAction(c.Pick("Edit", "Ret"), UpdateCardData.EditVerb, data.ToJson(UpdateCardData.EditVerb))] : [];
        return AdaptiveCards.Card(body, actions);
    }

    /// <summary>The deadline passed before anything was submitted: nothing can be sent any more.</summary>
    public static JsonObject Closed(UpdateCardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var c = context;
        return AdaptiveCards.Card(
        [
            AdaptiveCards.Heading(c.Pick($"Update closed: {c.Initiative.Name}", $"Opdatering lukket: {c.Initiative.Name}")),
            AdaptiveCards.TextBlock(c.Pick(
                $"The deadline ({c.When(c.DeadlineAt)}) has passed, so this update can no longer be sent or changed. If the forum should know something before the meeting, tell its chair.",
                $"Fristen ({c.When(c.DeadlineAt)}) er overskredet, så opdateringen kan ikke længere sendes eller ændres. Er der noget, forummet bør vide før mødet, så kontakt forpersonen."),
                color: "Warning"),
            c.CycleFacts(),
        ]);
    }

    private static JsonObject Text(string title, string text) => AdaptiveCards.Container(
    [
        AdaptiveCards.TextBlock(title, weight: "Bolder"),
        AdaptiveCards.TextBlock(UpdateTexts.OrNone(text)),
    ]);
}
