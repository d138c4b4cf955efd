using ForumBot.Agendas.Composition;
using ForumBot.FollowUps.Agenda;
using ForumBot.Network;
using ForumBot.Tests.Fixtures;

namespace ForumBot.Tests.FollowUps;

/// <summary>
/// The forum's follow-ups on its agenda. The clock: Thursday 26 November 2026, 09:00 in
/// Copenhagen; Fritidsjobnetværket's next meeting is Tuesday 1 December, the one before was
/// Tuesday 3 November. Follow-ups: overdue, due on the meeting's day, due later but opened since
/// the last meeting (on the agenda); due later and older, done, or of another forum (not on it).
/// </summary>
public sealed class FollowUpsAgendaTests : TestAppLifetime
{
    private static readonly DateTimeOffset October = new(2026, 10, 1, 8, 0, 0, TimeSpan.Zero);

    protected override TestAppOptions Options => FollowUpsTestApp.Options();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await App.CreateAsync("ovd234", new DateOnly(2026, 11, 20), October, text: "Ring til Netto");
        await App.CreateAsync("day234", new DateOnly(2026, 12, 1), October, owner: "p-camilla-friis", organisation: "kk-bif", text: "Skriv til Bilka");
        await App.CreateAsync("new234", new DateOnly(2026, 12, 20), new DateTimeOffset(2026, 11, 10, 12, 0, 0, TimeSpan.Zero), text: "Besøg Føtex");
        await App.CreateAsync("old234", new DateOnly(2026, 12, 20), October, text: "Senere");
        await App.CreateAsync("don234", new DateOnly(2026, 11, 25), October, text: "Klaret");
        await App.ChangeAsync("don234", f => f with { Status = ForumBot.FollowUps.Model.FollowUpStatus.Done }, ForumBot.FollowUps.Model.FollowUpChangeKind.Done, October.AddDays(1));
        await App.CreateAsync("oth234", new DateOnly(2026, 11, 20), October, owner: "p-police-demo", organisation: "politi-naerpoliti", forum: "gadeplan", text: "Andet forum");
    }

    [Fact]
    public async Task Draft_HasTheDueOverdueAndNewFollowUps_InTheirSection_EarliestDueFirst()
    {
        var network = await App.Get<INetworkReader>().GetSnapshotAsync(CancellationToken.None);
        var agenda = (await App.Get<AgendaDrafts>().DraftAsync(network, network.FindForum("fritidsjob")!, App.Time.GetUtcNow(), CancellationToken.None))!;

        var group = Assert.Single(agenda.Groups, g => g.Section.Id == "follow-ups");
        Assert.Equal(400, group.Section.Order);
        Assert.Equal(["followup:ovd234", "followup:day234", "followup:new234"], group.Items.Select(i => i.Item.Key));
        Assert.Equal(["standing", "follow-ups", "missing-updates"], agenda.Groups.Select(g => g.Section.Id));
        var overdue = group.Items[0].Item;
        Assert.Equal(("⚠ Overdue: Ring til Netto", "⚠ Overskredet: Ring til Netto"), (overdue.Title.English, overdue.Title.Danish));
        Assert.Equal("Fritids- og Ungdomsklubben Tingbjerg", overdue.Origin.Danish);
        Assert.Equal("Sara Nielsen (Fritids- og Ungdomsklubben Tingbjerg)", Assert.Single(overdue.Details, d => d.Label.English == "Owner").Value.English);
        Assert.Contains(group.Items[2].Item.Details, d => d.Value.Danish == "Oprettet siden sidste møde");
        Assert.DoesNotContain(group.Items[1].Item.Details, d => d.Label.English == "New");
    }

    [Fact]
    public async Task Dagsorden_TheChairSeesOwnersAndDueDates_InDanish()
    {
        var lines = (await App.AskAsync("dagsorden fritidsjob", "da-DK", DemoNetwork.ChairAad)).Split('\n');

        AssertInOrder(lines, "3. Eventuelt", "Opfølgninger",
            "4. ⚠ Overskredet: Ring til Netto", "Fritids- og Ungdomsklubben Tingbjerg", "Ansvarlig", "Sara Nielsen (Fritids- og Ungdomsklubben Tingbjerg)", "Frist", "fredag den 20. november 2026",
            "5. Skriv til Bilka", "Københavns Kommune, Børne- og Ungdomsforvaltningen", "Camilla Friis (Københavns Kommune, Børne- og Ungdomsforvaltningen)", "tirsdag den 1. december 2026",
            "6. Besøg Føtex", "Ny", "Oprettet siden sidste møde", "Ingen opdatering modtaget");
        Assert.DoesNotContain(lines, l => l.Contains("Senere", StringComparison.Ordinal) || l.Contains("Klaret", StringComparison.Ordinal) || l.Contains("Andet forum", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Agenda_AnAdminOutsideTheForum_SeesTheFollowUpsInEnglish_WithoutTheOwnersNames()
    {
        var lines = (await App.AskAsync("agenda fritidsjob", "en-GB", DemoNetwork.AdminAad)).Split('\n');

        AssertInOrder(lines, "Follow-ups", "4. ⚠ Overdue: Ring til Netto", "Fritids- og Ungdomsklubben Tingbjerg", "Due", "Friday 20 November 2026", "6. Besøg Føtex", "New", "Opened since the last meeting");
        Assert.DoesNotContain(lines, l => l.Contains("Sara Nielsen", StringComparison.Ordinal) || l.Contains("Camilla Friis", StringComparison.Ordinal));
    }

    [Fact]
    public void ItemKey_IsFollowupColonId() => Assert.Equal("followup:k3m9px", FollowUpsAgendaSource.ItemKey("k3m9px"));

    private static void AssertInOrder(string[] lines, params string[] expected)
    {
        var at = 0;
        foreach (var line in expected)
        {
            var found = Array.IndexOf(lines, line, at);
            Assert.True(found >= 0, $"“{line}” not found after line {at} in:\n{string.Join('\n', lines)}");
            at = found + 1;
        }
    }
}
