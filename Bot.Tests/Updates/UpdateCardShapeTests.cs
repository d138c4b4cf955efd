using ForumBot.Cards;
using ForumBot.Tests.Fixtures;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ForumBot.Localization;
using ForumBot.Network;
using ForumBot.Network.FileFormat;
using ForumBot.Updates.Cards;
using ForumBot.Updates.Model;
using ForumBot.Updates.Storage;

namespace ForumBot.Tests.Updates;

/// <summary>The update cards as pure functions: shape, size and language, on the demo network.</summary>
public sealed class UpdateCardShapeTests
{
    private static readonly NetworkSnapshot Network = new(
        NetworkFileReader.Read(File.ReadAllText(DemoNetwork.FilePath), DemoNetwork.FritidsjobPrompt).Definition!, 1, default);

    [Theory]
    [InlineData(Language.Danish)]
    [InlineData(Language.English)]
    public void FormCard_LargestPossible_StaysWellUnderTeamsLimits(Language language)
    {
        // Every text at its maximum, in ordinary Danish (the wire format escapes æ, ø and å as \u00xx).
        var sentence = "Vi har haft et godt forløb med de unge i klubben, og samarbejdet med jobcentret går fint. ";
        var full = string.Concat(Enumerable.Repeat(sentence, 30))[..UpdateContent.MaxTextLength];
        var form = new UpdateForm
        {
            Status = "blocked", Reached = "100000", WentWell = full, Barriers = full, Needs = full, EscalationReason = full,
            NeedsFrom = string.Join(',', Network.Organisations.Select(o => o.Id)), EscalateTo = "ssp-lokaludvalg",
        };
        var errors = UpdateForm.TextIds.ToDictionary(id => id, id => "error under " + id);

        var card = UpdateFormCard.Build(Context(language), form, errors, new CardNote("note"));

        var wire = JsonSerializer.Serialize(card, ForumBot.Protocol.ProtocolJson.Default.JsonObject);
        Assert.InRange(Encoding.UTF8.GetByteCount(wire), 8 * 1024, 28 * 1024);
        Assert.All(UpdateCards.Inputs(card), input => Assert.False(string.IsNullOrEmpty(input["id"]?.GetValue<string>())));
        Assert.Equal(8, UpdateCards.Inputs(card).Count());
        Assert.All(UpdateForm.TextIds, id => Assert.Equal("error under " + id, UpdateCards.ErrorUnder(card, id)));
        Assert.True(UpdateCards.Input(card, "status")["isRequired"]!.GetValue<bool>());
        Assert.Equal(2000, UpdateCards.Input(card, "wentWell")["maxLength"]!.GetValue<int>());
    }

    [Fact]
    public void FormCard_SectionsWithValues_AreShownAndEmptyOnesHidden()
    {
        var empty = UpdateFormCard.Build(Context(Language.English), UpdateForm.Empty);
        var filled = UpdateFormCard.Build(Context(Language.English), new UpdateForm { NeedsFrom = "kk-jobcenter", EscalateTo = "ssp-lokaludvalg" });

        Assert.False(Section(empty, UpdateFormCard.NeedsFromSectionId)["isVisible"]!.GetValue<bool>());
        Assert.False(Section(empty, UpdateFormCard.EscalationSectionId)["isVisible"]!.GetValue<bool>());
        Assert.True(Section(filled, UpdateFormCard.NeedsFromSectionId)["isVisible"]!.GetValue<bool>());
        Assert.True(Section(filled, UpdateFormCard.EscalationSectionId)["isVisible"]!.GetValue<bool>());
        Assert.DoesNotContain("Fritidsjobnetværket", UpdateCards.Input(empty, "escalateTo")["choices"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SummaryCard_AfterTheDeadline_HasNoEditAction()
    {
        var row = new UpdateRow { ForumId = "fritidsjob", MeetingId = DemoNetwork.FritidsjobMeetingId, InitiativeId = "fritidsjob-kk", SubmittedBy = "p-frontline-demo", Version = 3 };
        row.SetContent(UpdateContent.Empty with { Status = UpdateStatus.OnTrack, Reached = 1234, NeedsFrom = ["kk-jobcenter"] });

        var open = UpdateSummaryCard.Build(Context(Language.Danish), row, canEdit: true);
        var closed = UpdateSummaryCard.Build(Context(Language.Danish), row, canEdit: false);

        Assert.Equal(3, UpdateCards.Action(open, "update.edit")["data"]!["v"]!.GetValue<int>());
        Assert.Contains("1.234", Fixtures.CardText.Of(open), StringComparison.Ordinal);
        Assert.Contains("Sara Nielsen", Fixtures.CardText.Of(open), StringComparison.Ordinal);
        Assert.Empty(UpdateCards.Actions(closed));
        Assert.Null(closed["actions"]);
    }

    private static UpdateCardContext Context(Language language) => new(
        language, Network, Network.FindForum("fritidsjob")!, Network.FindInitiative("fritidsjob-kk")!,
        DemoNetwork.FritidsjobMeeting, DemoNetwork.FritidsjobDeadline,
        UpdateCardData.For("fritidsjob", DemoNetwork.FritidsjobMeetingId, "fritidsjob-kk", "p-frontline-demo"));

    private static JsonObject Section(JsonObject card, string id) =>
        card["body"]!.AsArray().OfType<JsonObject>().Single(n => n["id"]?.GetValue<string>() == id);
}
