using System.Net;
using System.Text.Json.Nodes;
using ForumBot.FollowUps.Storage;
using ForumBot.Tests.Fixtures;

namespace ForumBot.Tests.FollowUps;

/// <summary>
/// "followups" / "opfølgninger" and "followup" / "opfølgning" through the real endpoint with the demo
/// network, each role against each command. The clock: Thursday 26 November 2026, 09:00 in Copenhagen.
/// </summary>
public sealed class FollowUpCommandTests : TestAppLifetime
{
    private const string ManagerAad = "00000000-0000-0000-0000-0000000000a1";

    protected override TestAppOptions Options => FollowUpsTestApp.Options();

    private FollowUpStore Store => App.Get<FollowUpStore>();

    [Fact]
    public async Task Opfoelgning_ByTheChair_IsCreatedAndTheOwnerSeesIt()
    {
        var reply = await Say(DemoNetwork.ChairAad, "opfølgning fritidsjob: Ring til Netto om sommerjob @Sara senest fredag", "da-DK");

        Assert.Matches("^Opfølgning [a-z2-9]{6} oprettet ✓ i Fritidsjobnetværket: Sara Nielsen, senest fredag den 27. november 2026.$", reply);
        var stored = Assert.Single(await Store.OwnerOpenAsync("p-frontline-demo", CancellationToken.None)).FollowUp;
        Assert.Equal(("fritidsjob", "klub-tingbjerg", "p-chair-demo", new DateOnly(2026, 11, 27)), (stored.ForumId, stored.OrganisationId, stored.CreatedBy, stored.Due));

        var mine = await Say(DemoNetwork.FrontlineAad, "opfølgninger", "da-DK");
        Assert.Contains("Dine opfølgninger", mine, StringComparison.Ordinal);
        Assert.Contains("Ring til Netto om sommerjob", mine, StringComparison.Ordinal);
        Assert.Contains("fredag den 27. november 2026", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("Overskredet", mine, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("followup Fritidsjobnetværket: Call Netto @p-frontline-demo due 2026-12-24", "Thursday 24 December 2026")]
    [InlineData("followup fritidsjob: Call Netto @<at>Sara Nielsen</at> due 24.12.2026", "Thursday 24 December 2026")]
    [InlineData("followup fritidsjob: Ask about the due date @Sara due next week", "Monday 30 November 2026")]
    public async Task Followup_InEnglish_AcceptsIdsMentionsAndDateForms(string message, string due)
    {
        var reply = await Say(DemoNetwork.ChairAad, message, "en-GB");

        Assert.Matches($"^Follow-up [a-z2-9]{{6}} recorded ✓ for Fritidsjobnetværket: Sara Nielsen, due {due}.$", reply);
    }

    [Theory]
    [InlineData(DemoNetwork.FrontlineAad, "da-DK", "Kun forpersonerne for Fritidsjobnetværket kan oprette dets opfølgninger.")] // member and would-be owner
    [InlineData(DemoNetwork.PoliceAad, "da-DK", "Kun forpersonerne for Fritidsjobnetværket kan oprette dets opfølgninger.")] // other frontline person
    [InlineData(ManagerAad, "en-GB", "Only the chairs of Fritidsjobnetværket can record its follow-ups.")]
    [InlineData(DemoNetwork.AdminAad, "en-GB", "Only the chairs of Fritidsjobnetværket can record its follow-ups.")]
    public async Task Followup_BySomeoneNotChair_IsRefusedAndNothingStored(string aad, string locale, string expected)
    {
        var reply = await Say(aad, "followup fritidsjob: Call Netto @Sara due friday", locale);

        Assert.Equal(expected, reply);
        Assert.Empty(await Store.ForumAsync("fritidsjob", CancellationToken.None));
    }

    [Theory]
    [InlineData("followup fritidsjob: Call Netto @Sara due friday")]
    [InlineData("followups")]
    [InlineData("followups fritidsjob")]
    public async Task Commands_FromSomeoneUnregistered_AnswerWithTheNotRegisteredCard(string message)
    {
        var reply = await Say(DemoNetwork.UnknownAad, message, "en-GB");

        Assert.Contains("Not registered yet", reply, StringComparison.Ordinal);
        Assert.Empty(await Store.ForumAsync("fritidsjob", CancellationToken.None));
    }

    [Theory]
    [InlineData(DemoNetwork.FrontlineAad, "da-DK", "Opfølgninger: Fritidsjobnetværket")] // member
    [InlineData(DemoNetwork.ChairAad, "da-DK", "Opfølgninger: Fritidsjobnetværket")]
    [InlineData(ManagerAad, "en-GB", "Follow-ups: Fritidsjobnetværket")]
    [InlineData(DemoNetwork.AdminAad, "en-GB", "Follow-ups: Fritidsjobnetværket")]
    public async Task Followups_ForAForum_ShowsItsFollowUpsToMembersChairsManagersAndAdmins(string aad, string locale, string heading)
    {
        await Say(DemoNetwork.ChairAad, "followup fritidsjob: Call Netto @Sara due friday", "en-GB");

        var reply = await Say(aad, locale == "da-DK" ? "opfølgninger fritidsjob" : "followups fritidsjob", locale);

        Assert.Contains(heading, reply, StringComparison.Ordinal);
        Assert.Contains("Call Netto", reply, StringComparison.Ordinal);
        Assert.Contains("Sara Nielsen", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("da-DK", "opfølgninger fritidsjob", "Opfølgningerne i Fritidsjobnetværket er for dets forpersoner og medlemmer (og ledere og administratorer).")]
    [InlineData("en-GB", "followups fritidsjob", "The follow-ups of Fritidsjobnetværket are for its chairs and members (and managers and admins).")]
    public async Task Followups_ForAForum_BySomeoneOutsideIt_IsRefused(string locale, string message, string expected)
    {
        await Say(DemoNetwork.ChairAad, "followup fritidsjob: Call Netto @Sara due friday", "en-GB");

        Assert.Equal(expected, await Say(DemoNetwork.PoliceAad, message, locale));
    }

    [Fact]
    public async Task Followups_Mine_OpenFirstAndOverdueMarked()
    {
        await Say(DemoNetwork.ChairAad, "followup fritidsjob: Due today @Sara due today", "en-GB");
        await Say(DemoNetwork.ChairAad, "followup fritidsjob: Due later @Sara due 24/12", "en-GB");
        App.FakeTime.Advance(TimeSpan.FromDays(2));

        var reply = await Say(DemoNetwork.FrontlineAad, "followups", "en-GB");

        Assert.Contains("⚠ Overdue: Due today", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("⚠ Overdue: Due later", reply, StringComparison.Ordinal);
        Assert.True(reply.IndexOf("Due today", StringComparison.Ordinal) < reply.IndexOf("Due later", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Followups_Mine_WithNone_SaysSo()
    {
        Assert.Contains("Du har ingen opfølgninger.", await Say(DemoNetwork.PoliceAad, "opfølgninger", "da-DK"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("da-DK", "opfølgning fritidsjob: Ring @Jonas senest fredag", "\"Jonas\" er ikke en af dem, der kan være ansvarlig for en opfølgning i Fritidsjobnetværket")]
    [InlineData("en-GB", "followup fritidsjob: Call @Sara due soon", "I can't read \"soon\" as a date.")]
    [InlineData("da-DK", "opfølgning fritidsjob: Ring @Sara senest 1.1.2026", "\"1.1.2026\" er allerede passeret")]
    [InlineData("en-GB", "followup fritidsjob Call Sara", "Write it like this: followup ‹forum›: ‹text› @‹owner› due ‹date›")]
    [InlineData("da-DK", "opfølgning: Ring @Sara senest fredag", "Skriv sådan: opfølgning ‹forum›: ‹tekst› @‹ansvarlig› senest ‹dato›")] // no forum outside its channel
    [InlineData("en-GB", "followup svømmeklub: Call @Sara due friday", "I don't know the forum \"svømmeklub\".")]
    public async Task Followup_WithAPartMissingOrWrong_SaysWhatAndStoresNothing(string locale, string message, string start)
    {
        var reply = await Say(DemoNetwork.ChairAad, message, locale);

        Assert.StartsWith(start, reply, StringComparison.Ordinal);
        Assert.Empty(await Store.ForumAsync("fritidsjob", CancellationToken.None));
    }

    [Fact]
    public async Task Followup_WithACprNumber_IsRefusedNotStoredNotLogged()
    {
        var reply = await Say(DemoNetwork.ChairAad, "opfølgning fritidsjob: Ring om Ahmed 150607-2213 @Sara senest fredag", "da-DK");

        Assert.StartsWith("Det ligner et CPR-nummer.", reply, StringComparison.Ordinal);
        Assert.Empty(await Store.ForumAsync("fritidsjob", CancellationToken.None));
        Assert.DoesNotContain(App.Logs.Lines, e => e.Written.Contains("150607", StringComparison.Ordinal) || e.Written.Contains("Ahmed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InTheForumsChannel_TheForumIsImplied()
    {
        await Post(TeamsActivities.ChannelMention(App.Connector.ServiceUrl, "tilknyt forum fritidsjob", "da-DK", DemoNetwork.ChairAad));

        var created = await Post(TeamsActivities.ChannelMention(App.Connector.ServiceUrl, "opfølgning Ring til Netto @Sara senest fredag", "da-DK", DemoNetwork.ChairAad));
        var listed = await Post(TeamsActivities.ChannelMention(App.Connector.ServiceUrl, "opfølgninger", "da-DK", DemoNetwork.FrontlineAad));
        var outsider = await Post(TeamsActivities.ChannelMention(App.Connector.ServiceUrl, "opfølgninger", "da-DK", DemoNetwork.PoliceAad));

        Assert.StartsWith("Opfølgning ", created, StringComparison.Ordinal);
        Assert.Contains("Opfølgninger: Fritidsjobnetværket", listed, StringComparison.Ordinal);
        Assert.Contains("Ring til Netto", listed, StringComparison.Ordinal);
        Assert.StartsWith("Opfølgningerne i Fritidsjobnetværket er for", outsider, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InTheForumsChannel_AColonThatNamesNoForum_BelongsToTheText()
    {
        await Post(TeamsActivities.ChannelMention(App.Connector.ServiceUrl, "tilknyt forum fritidsjob", "da-DK", DemoNetwork.ChairAad));

        var created = await Post(TeamsActivities.ChannelMention(App.Connector.ServiceUrl, "opfølgning Ring kl. 10:00 til Netto @Sara senest fredag", "da-DK", DemoNetwork.ChairAad));
        var listed = await Post(TeamsActivities.ChannelMention(App.Connector.ServiceUrl, "opfølgninger", "da-DK", DemoNetwork.FrontlineAad));

        Assert.StartsWith("Opfølgning ", created, StringComparison.Ordinal);
        Assert.Contains("Ring kl. 10:00 til Netto", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogLines_HoldNoFollowUpTextOrNames()
    {
        await Say(DemoNetwork.ChairAad, "followup fritidsjob: Call Netto about Kasper @Sara due friday", "en-GB");

        Assert.Contains(App.Logs.Lines, e => e.EventId == 7000);
        Assert.DoesNotContain(App.Logs.Lines, e => e.Written.Contains("Netto", StringComparison.Ordinal) || e.Written.Contains("Sara Nielsen", StringComparison.Ordinal));
    }

    private Task<string> Say(string aad, string text, string locale) =>
        Post(TeamsActivities.PersonalMessage(App.Connector.ServiceUrl, text, locale, aad));

    /// <summary>Posts an activity and returns the bot's one reply: its text, or the text of its card.</summary>
    private async Task<string> Post(JsonObject activity)
    {
        static bool IsMessage(CapturedRequest r) => r.Body?["type"]?.GetValue<string>() == "message";
        var before = App.Connector.Requests.Count(IsMessage);
        using var response = await App.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = (await App.Connector.WaitForAsync(before + 1, IsMessage))[^1].Body!;
        return reply["attachments"] is JsonArray { Count: > 0 } attachments
            ? CardText.Of(attachments[0]!["content"])
            : reply["text"]?.GetValue<string>() ?? string.Empty;
    }
}
