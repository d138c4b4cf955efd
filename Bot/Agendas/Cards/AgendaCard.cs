using System.Text;
using System.Text.Json.Nodes;
using ForumBot.Agendas.Actions;
using ForumBot.Agendas.Model;
using ForumBot.Cards;
using ForumBot.Localization;
using ForumBot.Privacy;

namespace ForumBot.Agendas.Cards;

/// <summary>
/// The agenda draft as a card, for one viewer: numbered items under their sections, each with
/// its owner or origin, the details this viewer may see and what the meeting recorded on it
/// (discussed, the decision). Every text passes the CPR guard on the way out, so an agenda never
/// shows a CPR-like number whatever a source put in it. With actions, each item has two small
/// buttons: "Discussed ✓" and "Open" (the item card); their handlers let only the forum's chairs through.
/// </summary>
public static class AgendaCard
{
    /// <summary>
    /// The most a card may weigh as JSON, leaving room under Teams' 28 KB for the message around it.
    /// An agenda heavier than this is built again with shorter texts (<see cref="Levels"/>): every
    /// text is whole on the item card, so the agenda may cut it.
    /// </summary>
    public const int MaxCardBytes = 25 * 1024;

    /// <summary>How long a title, a detail and a decision may be on the agenda, from roomy to tight; 0 leaves it out.</summary>
    private static readonly (int Title, int Detail, int Decision)[] Levels =
    [
        (int.MaxValue, 240, 160),
        (160, 120, 80),
        (100, 60, 40),
        (80, 0, 0),
    ];

    /// <summary>
    /// Who is offered the item buttons: everyone reading a shared post (the chairs among them use
    /// it; the others are told only chairs can), and in a 1:1 the chairs only.
    /// </summary>
    public static bool OffersActions(AgendaViewer viewer, bool shared) => shared || viewer == AgendaViewer.Chair;

    /// <param name="shared">Shown in a channel or group chat, where people outside the forum read along:
    /// built as for an outsider (the caller passes <see cref="AgendaViewer.Outsider"/>), with a note saying so.</param>
    /// <param name="actions">Whether items carry their buttons; by default as <see cref="OffersActions"/> says,
    /// and never once the meeting is closed.</param>
    /// <param name="note">A line on top saying what the last action did.</param>
    public static JsonObject Build(Language language, Agenda agenda, AgendaViewer viewer, TimeZoneInfo zone, bool shared = false, bool? actions = null, CardNote? note = null)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        JsonObject card = null!;
        foreach (var level in Levels)
        {
            card = Build(language, agenda, viewer, zone, shared, actions, note, level);
            if (Encoding.UTF8.GetByteCount(card.ToJsonString()) <= MaxCardBytes)
            {
                break;
            }
        }

        return card;
    }

    private static JsonObject Build(Language language, Agenda agenda, AgendaViewer viewer, TimeZoneInfo zone, bool shared, bool? actions, CardNote? note,
        (int Title, int Detail, int Decision) level)
    {
        var state = agenda.Record.State;
        var withActions = (actions ?? OffersActions(viewer, shared)) && !state.Closed;
        var when = LocalTimeText.Format(language, agenda.Meeting.StartsAtUtc, zone);
        var body = new List<JsonNode?>
        {
            note is null ? null : (note with { Text = Safe(note.Text) }).ToBlock(),
            AdaptiveCards.Heading(language.Pick($"Agenda: {agenda.Forum.Name}", $"Dagsorden: {agenda.Forum.Name}")),
            AdaptiveCards.TextBlock(language.Pick($"Meeting {when}", $"Møde {when}")),
            state is { Closed: true, ClosedAt: { } closedAt }
                ? AdaptiveCards.TextBlock(language.Pick(
                    $"The meeting was closed {LocalTimeText.Format(language, closedAt, zone)}.",
                    $"Mødet blev afsluttet {LocalTimeText.Format(language, closedAt, zone)}."), subtle: true)
                : AdaptiveCards.TextBlock(language.Pick(
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

        body.AddRange(agenda.Groups.Select(group => Group(language, agenda, group, viewer, withActions, level)));
        return AdaptiveCards.Card(body);
    }

    private static JsonObject Group(Language language, Agenda agenda, AgendaGroup group, AgendaViewer viewer, bool withActions, (int Title, int Detail, int Decision) level) =>
        AdaptiveCards.Container(
            [
                AdaptiveCards.TextBlock(Safe(group.Section.Title.In(language)), size: "Medium", weight: "Bolder"),
                .. group.Items.SelectMany(item => Item(language, agenda, item, viewer, withActions, level)),
            ],
            separator: true);

    private static IEnumerable<JsonNode?> Item(Language language, Agenda agenda, NumberedItem numbered, AgendaViewer viewer, bool withActions, (int Title, int Detail, int Decision) level)
    {
        var item = numbered.Item;
        var mark = agenda.Record.Mark(item.Key);
        yield return AdaptiveCards.TextBlock($"{numbered.Number}. {Shortened.To(Safe(item.Title.In(language)), level.Title)}", weight: "Bolder");
        yield return AdaptiveCards.TextBlock(Safe(item.Origin.In(language)), subtle: true);
        var facts = item.Details
            .Where(d => level.Detail > 0 && viewer.Sees(d.Audience))
            .Select(d => (Safe(d.Label.In(language)), Shortened.To(Safe(d.Value.In(language)), level.Detail)))
            .ToList();
        if (level.Decision > 0 && !string.IsNullOrWhiteSpace(mark.Decision))
        {
            facts.Add((language.Pick("Decision", "Beslutning"), Shortened.To(Safe(mark.Decision), level.Decision)));
        }

        if (facts.Count > 0)
        {
            yield return AdaptiveCards.FactSet(facts);
        }

        if (mark.Discussed)
        {
            yield return AdaptiveCards.TextBlock(language.Pick("✓ Discussed", "✓ Drøftet"), weight: "Bolder", color: "Good");
        }

        if (withActions)
        {
            yield return Buttons(language, new AgendaItemData(agenda.Forum.Id, agenda.Meeting.MeetingId, item.Key), mark.Discussed);
        }
    }

    /// <summary>"Discussed ✓" (or, once discussed, "Not discussed") sets the state it names, so two chairs pressing at once agree; "Open" opens the item card.</summary>
    private static JsonObject Buttons(Language language, AgendaItemData data, bool discussed) => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = new JsonArray(
            AdaptiveCards.ExecuteAction(
                discussed ? language.Pick("Not discussed", "Ikke drøftet") : language.Pick("Discussed ✓", "Drøftet ✓"),
                AgendaVerbs.Discussed,
                data.ToJson(AgendaVerbs.Discussed, new JsonObject { [AgendaVerbs.DiscussedField] = !discussed })),
            AdaptiveCards.ExecuteAction(language.Pick("Open", "Åbn"), AgendaVerbs.Open, data.ToJson(AgendaVerbs.Open))),
    };

    private static string Safe(string text) => CprGuard.Redact(text);
}
