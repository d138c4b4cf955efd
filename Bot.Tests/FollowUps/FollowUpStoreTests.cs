using ForumBot.FollowUps.Model;
using ForumBot.FollowUps.Storage;
using ForumBot.Tests.Fixtures;

namespace ForumBot.Tests.FollowUps;

/// <summary>The FollowUps table against Azurite: the three partition queries, history, ETags and repair of index rows.</summary>
public sealed class FollowUpStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DemoNetwork.Thursday;
    private TestApp _host = null!;

    public async Task InitializeAsync() => _host = await TestApp.StartAsync(FollowUpsTestApp.Options());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private FollowUpStore Store => _host.Get<FollowUpStore>();

    private static FollowUp New(string id, string owner = "p-frontline-demo", string organisation = "klub-tingbjerg", int dueDay = 4) => new(
        id, "fritidsjob", FollowUpOrigin.Direct, null, "Ring til Netto om flere job", owner, organisation,
        new DateOnly(2026, 12, dueDay), FollowUpStatus.Open, "p-chair-demo", Now, 0);

    [Fact]
    public async Task Create_IsFoundByForumOwnerAndOrganisation()
    {
        await Store.CreateAsync(New("a1"), CancellationToken.None);
        await Store.CreateAsync(New("a2", "p-camilla-friis", "kk-bif", dueDay: 20), CancellationToken.None);

        Assert.Equal(["a1", "a2"], (await Store.ForumAsync("fritidsjob", CancellationToken.None)).Select(f => f.FollowUp.Id).Order());
        Assert.Equal("a1", Assert.Single(await Store.OwnerOpenAsync("p-frontline-demo", CancellationToken.None)).FollowUp.Id);
        Assert.Empty(await Store.OrganisationOverdueAsync("klub-tingbjerg", new DateOnly(2026, 12, 4), CancellationToken.None));
        Assert.Equal("a1", Assert.Single(await Store.OrganisationOverdueAsync("klub-tingbjerg", new DateOnly(2026, 12, 5), CancellationToken.None)).FollowUp.Id);
        var history = Assert.Single(await Store.HistoryAsync("a1", CancellationToken.None));
        Assert.Equal((1, "p-chair-demo", FollowUpChangeKind.Created), (history.Version, history.PersonId, history.Kind));
    }

    [Fact]
    public async Task Change_Done_LeavesTheOwnersAndOrganisationsListsAndRecordsHistory()
    {
        var stored = await Store.CreateAsync(New("b1"), CancellationToken.None);

        var result = await Store.ChangeAsync(stored, stored.FollowUp with { Status = FollowUpStatus.Done },
            new FollowUpChange(0, "p-frontline-demo", Now.AddHours(1), FollowUpChangeKind.Done, null), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal((FollowUpStatus.Done, 2), (result.Saved!.FollowUp.Status, result.Saved.FollowUp.Version));
        Assert.Empty(await Store.OwnerOpenAsync("p-frontline-demo", CancellationToken.None));
        Assert.Empty(await Store.OrganisationOverdueAsync("klub-tingbjerg", new DateOnly(2027, 1, 1), CancellationToken.None));
        Assert.Single(await Store.ForumAsync("fritidsjob", CancellationToken.None));
        Assert.Equal(FollowUpStatus.Done, Assert.Single(await Store.OwnerAllAsync("p-frontline-demo", CancellationToken.None)).FollowUp.Status);
        Assert.Equal([FollowUpChangeKind.Created, FollowUpChangeKind.Done], (await Store.HistoryAsync("b1", CancellationToken.None)).Select(c => c.Kind));
    }

    [Fact]
    public async Task Change_Reassigned_MovesToTheNewOwnerAndOrganisation()
    {
        var stored = await Store.CreateAsync(New("c1"), CancellationToken.None);

        await Store.ChangeAsync(stored, stored.FollowUp with { OwnerId = "p-camilla-friis", OrganisationId = "kk-bif", Due = new DateOnly(2026, 12, 1) },
            new FollowUpChange(0, "p-chair-demo", Now, FollowUpChangeKind.Reassigned, "p-camilla-friis"), CancellationToken.None);

        Assert.Empty(await Store.OwnerAllAsync("p-frontline-demo", CancellationToken.None));
        Assert.Single(await Store.OwnerOpenAsync("p-camilla-friis", CancellationToken.None));
        Assert.Empty(await Store.OrganisationOverdueAsync("klub-tingbjerg", new DateOnly(2027, 1, 1), CancellationToken.None));
        Assert.Single(await Store.OrganisationOverdueAsync("kk-bif", new DateOnly(2026, 12, 2), CancellationToken.None));
    }

    [Fact]
    public async Task TwoChangesAtOnce_OneWins_TheOtherGetsTheCurrentStateAndWhoChangedIt()
    {
        var read = await Store.CreateAsync(New("d1"), CancellationToken.None);

        var results = await Task.WhenAll(
            Store.ChangeAsync(read, read.FollowUp with { Status = FollowUpStatus.Done },
                new FollowUpChange(0, "p-frontline-demo", Now.AddMinutes(74), FollowUpChangeKind.Done, null), CancellationToken.None),
            Store.ChangeAsync(read, read.FollowUp with { Status = FollowUpStatus.Cancelled },
                new FollowUpChange(0, "p-chair-demo", Now.AddMinutes(74), FollowUpChangeKind.Cancelled, null), CancellationToken.None));

        var winner = Assert.Single(results, r => r.Succeeded);
        var loser = Assert.Single(results, r => !r.Succeeded);
        Assert.Equal(winner.Saved!.FollowUp, loser.Current!.FollowUp);
        Assert.Equal(winner.Saved.FollowUp.Status == FollowUpStatus.Done ? FollowUpChangeKind.Done : FollowUpChangeKind.Cancelled, loser.LastChange!.Kind);
        Assert.Equal(2, (await Store.HistoryAsync("d1", CancellationToken.None)).Count);
        var stored = await Store.FindAsync("d1", CancellationToken.None);
        Assert.Equal((2, winner.Saved.FollowUp.Status), (stored!.FollowUp.Version, stored.FollowUp.Status));
    }

    [Fact]
    public async Task StaleWrite_WithAnOldETag_IsRefusedNotOverwritten()
    {
        var first = await Store.CreateAsync(New("e1"), CancellationToken.None);
        var saved = await Store.ChangeAsync(first, first.FollowUp with { Due = new DateOnly(2026, 12, 10) },
            new FollowUpChange(0, "p-chair-demo", Now, FollowUpChangeKind.DueChanged, "2026-12-10"), CancellationToken.None);

        var late = await Store.ChangeAsync(first, first.FollowUp with { Status = FollowUpStatus.Done },
            new FollowUpChange(0, "p-frontline-demo", Now, FollowUpChangeKind.Done, null), CancellationToken.None);

        Assert.False(late.Succeeded);
        Assert.Equal(new DateOnly(2026, 12, 10), late.Current!.FollowUp.Due);
        Assert.Equal((FollowUpChangeKind.DueChanged, "p-chair-demo"), (late.LastChange!.Kind, late.LastChange.PersonId));
        Assert.Equal(saved.Saved!.FollowUp, (await Store.FindAsync("e1", CancellationToken.None))!.FollowUp);
    }

    [Fact]
    public async Task IndexRowLeftByACrash_IsIgnoredAndRemovedOnRead()
    {
        var stored = await Store.CreateAsync(New("f1"), CancellationToken.None);
        var table = _host.Table(FollowUpKeys.Table);
        // A pointer in a partition the item does not belong to (as if a crash came before its removal),
        // and one to an item that was never written (it could be a create under way: skipped, kept).
        await table.UpsertEntityAsync(new FollowUpRow { PartitionKey = FollowUpKeys.Owner("p-camilla-friis"), RowKey = FollowUpKeys.OwnerRow(FollowUpStatus.Open, "f1"), FollowUpId = "f1", Version = 1 });
        await table.UpsertEntityAsync(new FollowUpRow { PartitionKey = FollowUpKeys.Owner("p-camilla-friis"), RowKey = FollowUpKeys.OwnerRow(FollowUpStatus.Open, "ghost"), FollowUpId = "ghost", Version = 1 });

        Assert.Empty(await Store.OwnerOpenAsync("p-camilla-friis", CancellationToken.None));
        Assert.False((await table.GetEntityIfExistsAsync<FollowUpRow>(FollowUpKeys.Owner("p-camilla-friis"), FollowUpKeys.OwnerRow(FollowUpStatus.Open, "f1"))).HasValue);
        Assert.True((await table.GetEntityIfExistsAsync<FollowUpRow>(FollowUpKeys.Owner("p-camilla-friis"), FollowUpKeys.OwnerRow(FollowUpStatus.Open, "ghost"))).HasValue);
        Assert.Equal(stored.FollowUp, Assert.Single(await Store.OwnerOpenAsync("p-frontline-demo", CancellationToken.None)).FollowUp);
    }

    [Fact]
    public async Task ReadDuringAChange_KeepsThePointerTheChangeIsWriting()
    {
        // A reassignment writes the new owner's pointer (for version 2) before the item: a list read
        // in between sees the pointer while the item is still version 1 with the old owner.
        var stored = await Store.CreateAsync(New("g1"), CancellationToken.None);
        var table = _host.Table(FollowUpKeys.Table);
        var reassigned = stored.FollowUp with { OwnerId = "p-camilla-friis", OrganisationId = "kk-bif", Version = 2 };
        foreach (var row in FollowUpStore.IndexRows(reassigned))
        {
            await table.UpsertEntityAsync(row);
        }

        Assert.Empty(await Store.OwnerOpenAsync("p-camilla-friis", CancellationToken.None));
        var saved = await Store.ChangeAsync(stored, reassigned, new FollowUpChange(0, "p-chair-demo", Now, FollowUpChangeKind.Reassigned, "p-camilla-friis"), CancellationToken.None);

        Assert.NotNull(saved.Saved);
        Assert.Equal("g1", Assert.Single(await Store.OwnerOpenAsync("p-camilla-friis", CancellationToken.None)).FollowUp.Id);
        Assert.Empty(await Store.OwnerOpenAsync("p-frontline-demo", CancellationToken.None));
    }

    [Fact]
    public async Task LateCleanupOfAnOldChange_KeepsAPointerALaterChangeWroteAgain()
    {
        // Reassigned away (v2) and back (v3): the pointer of the first owner is written again for v3;
        // the first change's cleanup, arriving late, must not delete it.
        var stored = await Store.CreateAsync(New("h1"), CancellationToken.None);
        var away = await Store.ChangeAsync(stored, stored.FollowUp with { OwnerId = "p-camilla-friis", OrganisationId = "kk-bif" },
            new FollowUpChange(0, "p-chair-demo", Now, FollowUpChangeKind.Reassigned, "p-camilla-friis"), CancellationToken.None);
        var back = await Store.ChangeAsync(away.Saved!, away.Saved!.FollowUp with { OwnerId = "p-frontline-demo", OrganisationId = "klub-tingbjerg" },
            new FollowUpChange(0, "p-chair-demo", Now, FollowUpChangeKind.Reassigned, "p-frontline-demo"), CancellationToken.None);
        Assert.NotNull(back.Saved);

        // Replay the first change's cleanup (version 1 → 2) after the second one.
        await Store.RemoveStaleIndexAsync(stored.FollowUp, away.Saved.FollowUp, CancellationToken.None);

        Assert.Equal("h1", Assert.Single(await Store.OwnerOpenAsync("p-frontline-demo", CancellationToken.None)).FollowUp.Id);
    }
}
