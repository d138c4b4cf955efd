using System.Net;
using System.Text.Json.Nodes;
using ForumBot.FollowUps;
using ForumBot.FollowUps.Model;
using ForumBot.FollowUps.Storage;
using ForumBot.Localization;
using ForumBot.Tests.Fixtures;

namespace ForumBot.Tests.FollowUps;

/// <summary>
/// Changing a follow-up by command: done (owner, chairs), cancel / due / owner (chairs), closed ones
/// left alone, and two changes at once. The clock: Thursday 26 November 2026, 10:14 in Copenhagen.
/// </summary>
public sealed class FollowUpChangeTests : TestAppLifetime
{
    private const string ManagerAad = "00000000-0000-0000-0000-0000000000a1";
    private static readonly DateTimeOffset At1014 = new(2026, 11, 26, 9, 14, 0, TimeSpan.Zero);

    protected override TestAppOptions Options => FollowUpsTestApp.Options();

    private FollowUpStore Store => App.Get<FollowUpStore>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        App.FakeTime.SetUtcNow(At1014);
    }

    [Fact]
    public async Task Udfoert_ByTheOwner_MarksItDoneWithHistory()
    {
        var id = await CreateAsync();

        Assert.Equal("Markeret som udført ✓: Ring til Netto", await Say(DemoNetwork.FrontlineAad, $"opfølgning udført {id.ToUpperInvariant()}.", "da-DK"));
        var history = await Store.HistoryAsync(id, CancellationToken.None);
        Assert.Equal((FollowUpChangeKind.Done, "p-frontline-demo", At1014), (history[^1].Kind, history[^1].PersonId, history[^1].At));
        Assert.Empty(await Store.OwnerOpenAsync("p-frontline-demo", CancellationToken.None));
    }

    [Fact]
    public async Task ChairCommands_CancelDueAndOwner_AreSaved()
    {
        var id = await CreateAsync();

        Assert.Equal("New due date ✓: Thursday 24 December 2026.", await Say(DemoNetwork.ChairAad, $"followup due {id} 24/12", "en-GB"));
        Assert.Equal("Camilla Friis er nu ansvarlig ✓: Ring til Netto", await Say(DemoNetwork.ChairAad, $"opfølgning ansvarlig {id} @Camilla", "da-DK"));
        var moved = Assert.Single(await Store.OwnerOpenAsync("p-camilla-friis", CancellationToken.None)).FollowUp;
        Assert.Equal(("kk-bif", new DateOnly(2026, 12, 24)), (moved.OrganisationId, moved.Due));
        Assert.Equal("Cancelled ✓: Ring til Netto", await Say(DemoNetwork.ChairAad, $"followup cancel {id}", "en-GB"));
        Assert.Equal(FollowUpStatus.Cancelled, (await Store.FindAsync(id, CancellationToken.None))!.FollowUp.Status);
    }

    [Theory]
    [InlineData(DemoNetwork.FrontlineAad, "followup cancel {0}", "Only the chairs of Fritidsjobnetværket can cancel")] // the owner may not cancel
    [InlineData(DemoNetwork.FrontlineAad, "followup due {0} friday", "Only the chairs of Fritidsjobnetværket can cancel")]
    [InlineData(ManagerAad, "followup done {0}", "Only the owner and the chairs of Fritidsjobnetværket can mark this follow-up done.")] // sees, may not change
    [InlineData(DemoNetwork.AdminAad, "followup owner {0} @Camilla", "Only the chairs of Fritidsjobnetværket can cancel")]
    [InlineData(DemoNetwork.PoliceAad, "followup done {0}", "I don't know a follow-up")] // outside the forum: not even told it exists
    [InlineData(DemoNetwork.ChairAad, "followup done nosuch", "I don't know a follow-up \"nosuch\"")]
    [InlineData(DemoNetwork.ChairAad, "followup done ab/12#", "I don't know a follow-up \"ab/12#\"")] // no table key from what was typed
    [InlineData(DemoNetwork.UnknownAad, "followup done {0}", "Not registered yet")]
    public async Task Changes_NotAllowed_AreRefusedAndNothingChanges(string aad, string command, string expected)
    {
        var id = await CreateAsync();

        var reply = await Say(aad, string.Format(System.Globalization.CultureInfo.InvariantCulture, command, id), "en-GB");

        Assert.Contains(expected, reply, StringComparison.Ordinal);
        Assert.Equal(1, (await Store.FindAsync(id, CancellationToken.None))!.FollowUp.Version);
    }

    [Fact]
    public async Task AClosedFollowUp_IsNotChangedAgain_AndTheAnswerSaysWhoClosedItWhen()
    {
        var id = await CreateAsync();
        await Say(DemoNetwork.FrontlineAad, $"followup done {id}", "en-GB");
        App.FakeTime.Advance(TimeSpan.FromMinutes(30));

        var reply = await Say(DemoNetwork.ChairAad, $"followup cancel {id}", "en-GB");

        Assert.Equal("This follow-up is already done: Sara Nielsen marked it done at 10:14. Now: Done, Sara Nielsen, due Friday 27 November 2026.", reply);
        Assert.Equal(FollowUpStatus.Done, (await Store.FindAsync(id, CancellationToken.None))!.FollowUp.Status);
    }

    [Fact]
    public async Task TwoChangesAtOnce_OneWins_TheOtherIsToldWhoDidWhatAndWhen()
    {
        var id = await CreateAsync();

        var replies = await Task.WhenAll(
            Post(DemoNetwork.FrontlineAad, $"opfølgning udført {id}", "da-DK"),
            Post(DemoNetwork.ChairAad, $"opfølgning annuller {id}", "da-DK"));

        var stored = (await Store.FindAsync(id, CancellationToken.None))!.FollowUp;
        Assert.Equal(2, stored.Version);
        var (winner, loser) = stored.Status == FollowUpStatus.Done ? (replies[0], replies[1]) : (replies[1], replies[0]);
        Assert.Contains("✓", winner, StringComparison.Ordinal);
        var expected = stored.Status == FollowUpStatus.Done ? "Sara Nielsen markerede den som udført kl. 10.14" : "Mikkel Hansen annullerede den kl. 10.14";
        Assert.Contains(expected, loser, StringComparison.Ordinal);
        Assert.Equal(2, (await Store.HistoryAsync(id, CancellationToken.None)).Count);
    }

    [Fact]
    public void ChangedMeanwhile_SaysWhoWhatWhenInTheReadersLanguageAndTheNetworksZone()
    {
        var network = DemoNetwork.Snapshot();
        var change = new FollowUpChange(2, "p-chair-demo", At1014, FollowUpChangeKind.Done, null);
        var current = new FollowUp("k3m9px", "fritidsjob", FollowUpOrigin.Direct, null, "x", "p-frontline-demo", "klub-tingbjerg",
            new DateOnly(2026, 11, 27), FollowUpStatus.Done, "p-chair-demo", At1014, 2);

        Assert.StartsWith("Someone changed this follow-up first: Mikkel Hansen marked it done at 10:14. Now: Done, Sara Nielsen, due Friday 27 November 2026.",
            FollowUpTexts.ChangedMeanwhile(Language.English, change, current, network, At1014.AddMinutes(1)), StringComparison.Ordinal);
        Assert.StartsWith("Nogen ændrede opfølgningen først: Mikkel Hansen markerede den som udført kl. 10.14.",
            FollowUpTexts.ChangedMeanwhile(Language.Danish, change, current, network, At1014), StringComparison.Ordinal);
        Assert.Equal("Mikkel Hansen marked it done on Thursday 26 November 2026 at 10:14",
            FollowUpTexts.Happened(Language.English, change, network, At1014.AddDays(1)));
    }

    private async Task<string> CreateAsync()
    {
        await Say(DemoNetwork.ChairAad, "opfølgning fritidsjob: Ring til Netto @Sara senest fredag", "da-DK");
        return Assert.Single(await Store.ForumAsync("fritidsjob", CancellationToken.None)).FollowUp.Id;
    }

    private Task<string> Say(string aad, string text, string locale) => Post(aad, text, locale);

    /// <summary>Posts a 1:1 message and returns the bot's reply to it (matched by the activity it replies to).</summary>
    private async Task<string> Post(string aad, string text, string locale)
    {
        var activity = TeamsActivities.PersonalMessage(App.Connector.ServiceUrl, text, locale, aad);
        var activityId = activity["id"]?.GetValue<string>();
        using var response = await App.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await App.Connector.WaitForAsync(1, r => r.Body?["type"]?.GetValue<string>() == "message" && r.Path.EndsWith("/activities/" + activityId, StringComparison.Ordinal));
        var reply = replies[^1].Body!;
        return reply["attachments"] is JsonArray { Count: > 0 } attachments
            ? CardText.Of(attachments[0]!["content"])
            : reply["text"]?.GetValue<string>() ?? string.Empty;
    }
}
