using System.Text.Json.Nodes;
using ForumBot.Agendas.Cards;
using ForumBot.Cards;
using ForumBot.Localization;
using ForumBot.Privacy;

namespace ForumBot.Agendas.Actions;

/// <summary>
/// The item card a chair works on in the meeting: the item with everything a chair may see, what
/// was recorded on it so far, then every <see cref="IAgendaItemPanel"/> that applies, in order,
/// and a way back to the whole agenda. Every text passes the CPR guard on the way out.
/// </summary>
public sealed class AgendaItemCards(IEnumerable<IAgendaItemPanel> panels)
{
    /// <summary>The verb that answers with the whole agenda again (the meetings feature routes it).</summary>
    public const string BackVerb = "agenda.show";

    /// <param name="note">A line on top saying what the last action did, or why it did not.</param>
    public JsonObject Build(AgendaItemScope scope, CardNote? note = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var language = scope.Language;
        var item = scope.Item.Item;
        var mark = scope.Mark;
        var zone = scope.Network.TimeZone;
        var body = new List<JsonNode?>();
        if (note is not null)
        {
            body.Add((note with { Text = CprGuard.Redact(note.Text) }).ToBlock());
        }

        body.Add(AdaptiveCards.TextBlock(language.Pick($"Agenda: {scope.Forum.Name}", $"Dagsorden: {scope.Forum.Name}"), subtle: true));
        body.Add(AdaptiveCards.Heading(CprGuard.Redact($"{scope.Item.Number}. {item.Title.In(language)}")));
        body.Add(AdaptiveCards.TextBlock(CprGuard.Redact(item.Origin.In(language)), subtle: true));
        var facts = item.Details
            .Where(d => AgendaViewer.Chair.Sees(d.Audience))
            .Select(d => (CprGuard.Redact(d.Label.In(language)), CprGuard.Redact(d.Value.In(language))))
            .ToList();
        if (mark.Discussed && mark.DiscussedAt is { } discussedAt)
        {
            facts.Add((language.Pick("Discussed", "Drøftet"), $"{scope.Network.FindPerson(mark.DiscussedBy ?? string.Empty)?.Name ?? mark.DiscussedBy}, {LocalTimeText.Format(language, discussedAt, zone)}"));
        }

        if (!string.IsNullOrWhiteSpace(mark.Decision))
        {
            facts.Add((language.Pick("Decision", "Beslutning"), CprGuard.Redact(mark.Decision)));
        }

        if (facts.Count > 0)
        {
            body.Add(AdaptiveCards.FactSet(facts));
        }

        foreach (var panel in panels.Where(p => p.AppliesTo(scope)).OrderBy(p => p.Order))
        {
            body.Add(AdaptiveCards.Container(panel.Build(scope), separator: true));
        }

        var back = AdaptiveCards.ExecuteAction(language.Pick("Back to the agenda", "Tilbage til dagsordenen"), BackVerb, scope.Data.ToJson(BackVerb));
        return AdaptiveCards.Card(body, [back]);
    }
}
