using System.Text.Json.Nodes;
using Azure.Data.Tables;
using ForumBot.Agendas.Actions;
using ForumBot.Agendas.Composition;
using ForumBot.Escalations.Model;
using ForumBot.Escalations.Storage;
using ForumBot.Localization;
using ForumBot.Network;
using ForumBot.Tests.Fixtures;
using ForumBot.Tests.Updates;

namespace ForumBot.Tests.Escalations;

/// <summary>
/// The escalation tests' bot and its steps. The demo network on the fake clock three hours after
/// Fritidsjobnetværket's request went out (Tuesday 24 November 2026); the strategic forum
/// ("Strategisk styregruppe", chairs Pernille Skov and Søren Iversen) meets on the second Thursday
/// of January, April, July and October at 14:00: 14 January, 8 April, 8 July 2027.
/// </summary>
public static class EscalationsTestApp
{
    public const string Frontline = "fritidsjob";
    public const string Strategic = "strategisk-styregruppe";
    public const string StrategicName = "Strategisk styregruppe for tryghed i Tingbjerg-Husum";
    public const string FrontlineName = "Fritidsjobnetværket";
    public const string Initiative = "fritidsjob-kk";
    public const string InitiativeName = "Fritidsjob i Tingbjerg-Husum";
    public const string Reason = "Arbejdsgiverne i Husum kræver en aftale på tværs af forvaltningerne";

    public static readonly DateTimeOffset Start = DemoNetwork.FritidsjobPrompt.AddHours(3);

    // Strategisk styregruppe: 14:00 Copenhagen (winter 13:00Z, summer 12:00Z).
    public static readonly DateTimeOffset StrategicJanuary = new(2027, 1, 14, 13, 0, 0, TimeSpan.Zero);
    public const string StrategicJanuaryId = "2027-01-14T14:00";
    public static readonly DateTimeOffset StrategicApril = new(2027, 4, 8, 12, 0, 0, TimeSpan.Zero);
    public const string StrategicJulyId = "2027-07-08T14:00";

    public static DemoPerson Pernille => DemoNetwork.Person("p-pernille-skov");

    public static DemoPerson Soeren => DemoNetwork.Person("p-soeren-iversen");

    /// <summary>Oliver Bennett: admin, member (not chair) of the strategic forum; en-GB.</summary>
    public static DemoPerson Oliver => DemoNetwork.Person("p-admin-demo");

    public static DemoPerson Mikkel => DemoNetwork.Chair;

    public static string UpdateEscalationId => EscalationIds.FromUpdate(Frontline, DemoNetwork.FritidsjobMeetingId, Initiative);

    /// <summary>The update tests' bot, with the tenant known, so the outbox can open 1:1 chats with people who never wrote.</summary>
    public static TestAppOptions Options(DateTimeOffset? now = null) => UpdatesTestApp.At(now ?? Start,
        new Dictionary<string, string?> { ["MicrosoftAppTenantId"] = TeamsActivities.TenantId });

    /// <summary>Sara sends the update on Fritidsjob i Tingbjerg-Husum from her request card, escalated to the strategic forum; returns the summary card.</summary>
    public static async Task<JsonObject> SubmitEscalatedUpdateAsync(this TestApp app, string reason = Reason, string escalateTo = Strategic)
    {
        ArgumentNullException.ThrowIfNull(app);
        var requests = await app.RequestsAsync(DemoNetwork.FritidsjobPrompt);
        var card = UpdateCards.Card(requests.Single(w => w.Key.EndsWith($"|p-frontline-demo|{Initiative}", StringComparison.Ordinal)));
        var body = await app.ExecuteAsync(DemoNetwork.Sara, "update.submit", UpdateCards.Press(card, "update.submit",
            ("status", "blocked"), ("reached", "4"), ("wentWell", "Fire unge i job"), ("barriers", "Ingen aftale med arbejdsgiverne"),
            ("needs", string.Empty), ("needsFrom", string.Empty), ("escalateTo", escalateTo), ("escalationReason", reason)));
        return UpdateCards.FromInvoke(body);
    }

    /// <summary>
    /// The item card a chair gets on pressing "Open" on an agenda item: built by Agendas' own
    /// AgendaItemCards from the agenda as it stands now, as the item action's handler builds it.
    /// </summary>
    public static async Task<JsonObject> ItemCardAsync(this TestApp app, string forumId, string itemKey, DemoPerson chair, Language language = Language.Danish)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(chair);
        var network = await app.Get<INetworkReader>().GetSnapshotAsync(CancellationToken.None);
        var forum = network.FindForum(forumId)!;
        var agenda = (await app.Get<AgendaDrafts>().DraftAsync(network, forum, app.Time.GetUtcNow(), CancellationToken.None))!;
        var item = agenda.Items.Single(i => i.Item.Key == itemKey);
        var scope = new AgendaItemScope(network.FindPerson(chair.Id)!, network, forum, agenda.Meeting, agenda, item, agenda.Record, language);
        var card = app.Get<AgendaItemCards>().Build(scope);
        CardDump.Write(card);
        return card;
    }

    /// <summary>The data a press of the Action.Execute with this verb (and, for the answer panel, this kind) posts, with inputs filled in.</summary>
    public static JsonObject Press(JsonNode card, string verb, string? kind, params (string Id, string Value)[] inputs)
    {
        var action = UpdateCards.Actions(card).Single(a => a["verb"]!.GetValue<string>() == verb
            && (kind is null || a["data"]?["escalationAnswer"]?.GetValue<string>() == kind));
        var data = action["data"]!.DeepClone().AsObject();
        foreach (var (id, value) in inputs)
        {
            data[id] = value;
        }

        return data;
    }

    /// <summary>Presses a button on a card as <paramref name="person"/>; returns the card it answers with, or null and the message.</summary>
    public static async Task<(JsonObject? Card, string? Message)> PressAsync(this TestApp app, DemoPerson person, JsonNode card, string verb, string? kind,
        string? locale, params (string Id, string Value)[] inputs)
    {
        ArgumentNullException.ThrowIfNull(app);
        var body = await app.ExecuteAsync(person, verb, Press(card, verb, kind, inputs), locale);
        return body["type"]!.GetValue<string>() == CardDump.AdaptiveCardContentType
            ? (body["value"]!.AsObject(), null)
            : (null, body["value"]!.GetValue<string>());
    }

    /// <summary>The lines of the agenda card "agenda &lt;forum&gt;" answers in a 1:1 chat.</summary>
    public static async Task<string[]> AgendaLinesAsync(this TestApp app, string forumId, DemoPerson person, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(person);
        var language = Languages.FromLocale(locale ?? person.Locale);
        return (await app.AskAsync(language.Pick("agenda ", "dagsorden ") + forumId, locale ?? person.Locale, person.AadObjectId)).Split('\n');
    }

    public static async Task<Escalation?> EscalationAsync(this TestApp app, string id)
    {
        ArgumentNullException.ThrowIfNull(app);
        return (await app.Get<EscalationStore>().FindAsync(id, CancellationToken.None))?.Escalation;
    }

    /// <summary>How many escalations are stored (their item rows).</summary>
    public static async Task<int> EscalationCountAsync(this TestApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var count = 0;
        await foreach (var _ in app.Table(EscalationKeys.Table).QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {EscalationKeys.ItemRow}")))
        {
            count++;
        }

        return count;
    }

    public static void AssertInOrder(string[] lines, params string[] expected)
    {
        var at = 0;
        foreach (var line in expected)
        {
            var found = Array.FindIndex(lines, at, l => l == line);
            Assert.True(found >= 0, $"“{line}” not found after line {at} in:\n{string.Join('\n', lines)}");
            at = found + 1;
        }
    }
}
