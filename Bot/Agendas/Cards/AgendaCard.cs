using System.Text.Json.Nodes;
using ForumBot.Agendas.Model;
using ForumBot.Cards;
using ForumBot.Localization;
using ForumBot.Privacy;

namespace ForumBot.Agendas.Cards;

/// <summary>
/// The agenda draft as a card, for one viewer: numbered items under their sections, each with
/// its owner or origin and the details this viewer may see. Every text passes the CPR guard on
/// the way out, so an agenda never shows a CPR-like number whatever a source put in it.
/// </summary>
public static class AgendaCard
{
    /// <param name="shared">Shown in a channel or group chat, where people outside the forum read along:
    /// built as for an outsider (the caller passes <see cref="AgendaViewer.Outsider"/>), with a note saying so.</param>
    public static JsonObject Build(Language language, Agenda agenda, AgendaViewer viewer, TimeZoneInfo zone, bool shared = false)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        var when = LocalTimeText.Format(language, agenda.Meeting.StartsAtUtc, zone);
        var body = new List<JsonNode?>
        {
            AdaptiveCards.Heading(language.Pick($"Agenda: {agenda.Forum.Name}", $"Dagsorden: {agenda.Forum.Name}")),
            AdaptiveCards.TextBlock(language.Pick($"Meeting {when}", $"Møde {when}")),
            AdaptiveCards.TextBlock(language.Pick(
                "Draft: it changes as updates come in.",
                "Udkast: det ændrer sig, efterhånden som opdateringerne kommer ind."), subtle: true),
            shared
                ? AdaptiveCards.TextBlock(language.Pick(
                    "Everyone here can read this, so the updates' own words and names are left out. Write \"agenda\" to me in a 1:1 chat for the full draft.",
                    "Alle her kan læse med, så opdateringernes egne ord og navne er udeladt. Skriv \"dagsorden\" til mig i en 1:1-chat for hele udkastet."), subtle: true)
                : viewer == AgendaViewer.Outsider
                ? AdaptiveCards.TextBlock(language.Pick(
                    "You are not in this forum, so the updates' own words are left out.",
                    "Du er ikke med i forummet, så opdateringernes egne ord er udeladt."), subtle: true)
                : null,
        };
        if (agenda.ItemCount == 0)
        {
            body.Add(AdaptiveCards.TextBlock(language.Pick("Nothing on the agenda yet.", "Intet på dagsordenen endnu.")));
        }

        body.AddRange(agenda.Groups.Select(group => Group(language, group, viewer)));
        return AdaptiveCards.Card(body);
    }

    private static JsonObject Group(Language language, AgendaGroup group, AgendaViewer viewer) => AdaptiveCards.Container(
        [
            AdaptiveCards.TextBlock(Safe(group.Section.Title.In(language)), size: "Medium", weight: "Bolder"),
            .. group.Items.SelectMany(item => Item(language, item, viewer)),
        ],
        separator: true);

    private static IEnumerable<JsonNode?> Item(Language language, NumberedItem numbered, AgendaViewer viewer)
    {
        var item = numbered.Item;
        yield return AdaptiveCards.TextBlock($"{numbered.Number}. {Safe(item.Title.In(language))}", weight: "Bolder");
        yield return AdaptiveCards.TextBlock(Safe(item.Origin.In(language)), subtle: true);
        var facts = item.Details
            .Where(d => viewer.Sees(d.Audience))
            .Select(d => (Safe(d.Label.In(language)), Safe(d.Value.In(language))))
            .ToList();
        if (facts.Count > 0)
        {
            yield return AdaptiveCards.FactSet(facts);
        }
    }

    private static string Safe(string text) => CprGuard.Redact(text);
}
