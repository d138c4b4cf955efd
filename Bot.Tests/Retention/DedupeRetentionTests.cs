using ForumBot.Tests.Fixtures;
using Azure.Data.Tables;
using ForumBot.Protocol;
using ForumBot.Retention;
using ForumBot.Storage;

namespace ForumBot.Tests.Retention;

/// <summary>Dedupe claims past two days go whatever the retention, in Azure-sized transactions, safely on two instances at once.</summary>
public sealed class DedupeRetentionTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task RunPass_ClaimsOlderThanTwoDays_AreDeletedEvenWithLongRetention()
    {
        await using var host = await TestApp.StartAsync(RetentionTestApp.At(Now, settings: new Dictionary<string, string?> { ["ForumBot:RetentionDays"] = "3650" }));
        await SeedAsync(host, "a:one", "old", 1, Now - TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1));
        await SeedAsync(host, "a:two", "old", 1, Now - TimeSpan.FromDays(30));
        await SeedAsync(host, "a:one", "recent", 1, Now - TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        await SeedAsync(host, "a:two", "today", 1, Now - TimeSpan.FromHours(1), state: "processing");

        var result = await host.Get<RetentionService>().RunPassAsync(None);

        Assert.Equal(2, result.Deleted["dedupe"]);
        var left = await host.RowsAsync(TableNames.Dedupe);
        Assert.Equal(["recent-0", "today-0"], left.Select(r => r.RowKey).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Purge_MoreThan100RowsInOnePartition_DeletesThemAllInTransactionsOfAtMost100()
    {
        await using var host = await TestApp.StartAsync(RetentionTestApp.At(Now));
        await SeedAsync(host, "a:busy", "old", 250, Now - TimeSpan.FromDays(5));
        await SeedAsync(host, "a:busy", "fresh", 3, Now - TimeSpan.FromHours(2));
        var purge = host.Get<IEnumerable<IRetentionPurge>>().OfType<DedupePurge>().Single();

        // TableWrites.SubmitAsync refuses a transaction above 100 operations, so an unbatched purge throws here.
        var deleted = await purge.PurgeOlderThanAsync(Now - TimeSpan.FromDays(365), None);

        Assert.Equal(250, deleted);
        var left = await host.RowsAsync(TableNames.Dedupe);
        Assert.Equal(3, left.Count);
        Assert.All(left, r => Assert.StartsWith("fresh-", r.RowKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Purge_RowsChangedOrDeletedAfterTheRead_AreSkippedAndTheRestDeleted()
    {
        await using var host = await TestApp.StartAsync(RetentionTestApp.At(Now));
        await SeedAsync(host, "a:busy", "old", 150, Now - TimeSpan.FromDays(5));
        var table = host.Table(TableNames.Dedupe);
        var partition = TableKeys.Hash("a:busy");
        var interfered = false;

        // Between the read and the deletes, "another instance" deletes one row and a redelivery reclaims another (new ETag):
        // the transactions holding them fail, and their other rows are deleted one by one, each with the ETag read.
        var deleted = await TablePurge.DeleteAsync(table, TableClient.CreateQueryFilter($"ClaimedAt lt {Now - TimeSpan.FromDays(2)}"), None, (_, _) =>
        {
            if (!interfered)
            {
                interfered = true;
                table.DeleteEntity(partition, "old-7");
                table.UpsertEntity(new TableEntity(partition, "old-120") { ["State"] = "processing", ["ClaimedAt"] = Now }, TableUpdateMode.Replace);
            }

            return true;
        });

        // 148 on Azure; Azurite answers a conditional delete of a missing row with 204 rather than 404, so it counts old-7 too.
        Assert.InRange(deleted, 148, 149);
        Assert.Equal("old-120", Assert.Single(await host.RowsAsync(TableNames.Dedupe)).RowKey);
    }

    [Fact]
    public async Task Purge_TwoInstancesAtOnce_BothSucceedAndOnlyFreshRowsRemain()
    {
        await using var host = await TestApp.StartAsync(RetentionTestApp.At(Now));
        await SeedAsync(host, "a:busy", "old", 250, Now - TimeSpan.FromDays(5));
        await SeedAsync(host, "a:other", "old", 40, Now - TimeSpan.FromDays(5));
        await SeedAsync(host, "a:busy", "fresh", 3, Now - TimeSpan.FromHours(2));
        var purge = host.Get<IEnumerable<IRetentionPurge>>().OfType<DedupePurge>().Single();
        var cutoff = Now - TimeSpan.FromDays(365);

        var counts = await Task.WhenAll(purge.PurgeOlderThanAsync(cutoff, None), purge.PurgeOlderThanAsync(cutoff, None));

        // Azure answers the slower instance's deletes with 404 (each row counted once); Azurite answers a delete
        // of a row already gone with 204, so it may count a row for both: only the lower bound is exact here.
        Assert.InRange(counts.Sum(), 290, 580);
        Assert.Equal(3, (await host.RowsAsync(TableNames.Dedupe)).Count);
    }

    // Rows as RedeliveryGuard writes them: PartitionKey = hash of the conversation id, RowKey = the activity id.
    private static async Task SeedAsync(TestApp host, string conversationId, string prefix, int count, DateTimeOffset claimedAt, string state = "done")
    {
        var rows = Enumerable.Range(0, count).Select(i => new TableTransactionAction(TableTransactionActionType.Add,
            new TableEntity(TableKeys.Hash(conversationId), TableKeys.Escape($"{prefix}-{i}")) { ["State"] = state, ["ClaimedAt"] = claimedAt }));
        foreach (var transaction in TableWrites.ToTransactions(rows))
        {
            Assert.True((await host.Table(TableNames.Dedupe).SubmitAsync(transaction, None)).Succeeded);
        }
    }
}
