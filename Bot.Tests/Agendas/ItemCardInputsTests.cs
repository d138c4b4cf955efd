using System.Text.Json.Nodes;
using ForumBot.Agendas.Actions;
using ForumBot.Agendas.Meetings;
using ForumBot.Agendas.Model;
using ForumBot.Localization;
using ForumBot.Scheduling;
using ForumBot.Tests.Fixtures;
using ForumBot.Updates.Cycles;

namespace ForumBot.Tests.Agendas;

/// <summary>
/// The item card with every panel the app registers (decision, follow-up, escalate). A client checks
/// every input of a card before it sends any of its actions, so one required input of one panel would
/// block the buttons of all the others (found in the Playground: "Add follow-up" did nothing while the
/// escalation's forum was required). No input on the card may be required; each handler checks its own.
/// </summary>
public sealed class ItemCardInputsTests
{
    [Theory]
    [InlineData("standing:0")]
    [InlineData("proposal:abcdefgh")]
    public async Task ItemCard_WithEveryRegisteredPanel_HasInputsAndNoneIsRequired(string itemKey)
    {
        await using var app = await TestApp.StartAsync(new TestAppOptions { Http = false });
        var network = DemoNetwork.Snapshot();
        var forum = network.FindForum("fritidsjob")!;
        var meeting = MeetingCalendar.FindMeeting(forum.ToCadence(), network.TimeZone, DemoNetwork.FritidsjobMeetingId)!;
        var item = new NumberedItem(1, new AgendaItem(itemKey, AgendaText.Same("Nyt fra arbejdsgiverne"), new("Standing item", "Fast punkt"), []));
        var record = MeetingRecord.Empty(forum.Id, meeting.MeetingId);
        var agenda = new Agenda(forum, meeting, [new AgendaGroup(AgendaSections.Standing, [item])], record);
        var scope = new AgendaItemScope(network.FindPerson("p-chair-demo")!, network, forum, meeting, agenda, item, record, Language.English);

        var card = app.Get<AgendaItemCards>().Build(scope);

        CardDump.Write(card);
        var inputs = Descendants(card).Where(n => n["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true).ToList();
        Assert.True(inputs.Count >= 4, $"expected the decision, follow-up and escalation inputs, found {inputs.Count}");
        Assert.DoesNotContain(inputs, input => input["isRequired"]?.GetValue<bool>() == true);
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var child in obj.Select(p => p.Value).SelectMany(Descendants))
                {
                    yield return child;
                }

                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(Descendants))
                {
                    yield return child;
                }

                break;
        }
    }
}
