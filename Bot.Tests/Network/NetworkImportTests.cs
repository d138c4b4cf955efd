using ForumBot.Tests.Fixtures;
using ForumBot.Storage;
using System.Text.Json.Nodes;
using ForumBot.Network;
using ForumBot.Network.Admin;

namespace ForumBot.Tests.Network;

/// <summary>The import command against real table storage: counts, dry run, idempotency, deactivation.</summary>
public sealed class NetworkImportTests : IAsyncLifetime
{
    private TestApp _host = null!;

    public async Task InitializeAsync() => _host = await TestApp.StartAsync(NetworkTestApp.Options());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Import_ValidFile_WritesEveryEntityAndReportsAdditions()
    {
        var run = await _host.ImportAsync(TestNetworkFile.Create());

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("people:         6 added, 0 updated, 0 reactivated, 0 unchanged, 0 deactivated", run.Output, StringComparison.Ordinal);
        Assert.Contains("Imported: 15 change(s) written, network version 1.", run.Output, StringComparison.Ordinal);
        var rows = await _host.RowsAsync(TableNames.Network);
        Assert.Equal(
            [("aad", 6), ("forum", 2), ("initiative", 2), ("meta", 1), ("organisation", 4), ("person", 6)],
            rows.GroupBy(r => r.PartitionKey).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())));
        var forum = await _host.RowAsync(TableNames.Network, "forum", "fritidsjob");
        Assert.Equal("p-member\np-contact", forum.GetString("Members"));
        Assert.Equal("0 9 * * 2#1", forum.GetString("Cadence"));
        Assert.True(forum.GetBoolean("Active"));
        var index = await _host.RowAsync(TableNames.Network, "aad", TestNetworkFile.ChairAad);
        Assert.Equal("p-chair", index.GetString("PersonId"));
    }

    [Fact]
    public async Task Import_DryRun_PrintsChangesAndWritesNothing()
    {
        var run = await _host.ImportAsync(TestNetworkFile.Create(), dryRun: true);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("forums added: fritidsjob, strategic", run.Output, StringComparison.Ordinal);
        Assert.Contains("Dry run: 15 change(s) would be written; nothing was written.", run.Output, StringComparison.Ordinal);
        Assert.Empty(await _host.RowsAsync(TableNames.Network));
    }

    [Fact]
    public async Task Import_DryRunAfterImport_WritesNothing()
    {
        await _host.ImportAsync(TestNetworkFile.Create());
        var before = await Snapshot();

        var run = await _host.ImportAsync(TestNetworkFile.Create().Without("people", "p-plain"), dryRun: true);

        Assert.Contains("people deactivated: p-plain", run.Output, StringComparison.Ordinal);
        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public async Task Import_InvalidFile_ExitsNonZeroListsErrorsAndWritesNothing()
    {
        var file = TestNetworkFile.Create();
        file["forums"]![0]!["chairs"]![0] = "p-ghost";
        file["people"]![0]!["aadObjectId"] = "nope";

        var run = await _host.ImportAsync(file);

        Assert.Equal(ImportCommand.InvalidFile, run.ExitCode);
        Assert.Contains("2 error(s); nothing was imported.", run.Errors, StringComparison.Ordinal);
        Assert.Contains("  $.forums[0].chairs[0]: unknown person 'p-ghost'", run.Errors, StringComparison.Ordinal);
        Assert.Contains("  $.people[0].aadObjectId: 'nope' is not a GUID", run.Errors, StringComparison.Ordinal);
        Assert.Empty(await _host.RowsAsync(TableNames.Network));
    }

    [Fact]
    public async Task Import_SameFileTwice_SecondChangesNothingAndLeavesRowsUntouched()
    {
        await _host.ImportAsync(TestNetworkFile.Create());
        var before = await Snapshot();

        var second = await _host.ImportAsync(TestNetworkFile.Create());

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("initiatives:    0 added, 0 updated, 0 reactivated, 2 unchanged, 0 deactivated", second.Output, StringComparison.Ordinal);
        Assert.Contains("Nothing to do: the network already matches the file (version 1).", second.Output, StringComparison.Ordinal);
        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public async Task Import_ChangedField_UpdatesOnlyThatRow()
    {
        await _host.ImportAsync(TestNetworkFile.Create());
        var before = (await Snapshot()).ToDictionary(r => (r.PartitionKey, r.RowKey));
        var file = TestNetworkFile.Create();
        file.Element("forums", "strategic")["durationMinutes"] = 120;

        var run = await _host.ImportAsync(file);

        Assert.Contains("forums updated: strategic", run.Output, StringComparison.Ordinal);
        var changed = (await Snapshot()).Where(r => before[(r.PartitionKey, r.RowKey)] != r).Select(r => (r.PartitionKey, r.RowKey));
        Assert.Equal([("forum", "strategic"), ("meta", "network")], changed.Order());
        Assert.Equal(120, (await _host.RowAsync(TableNames.Network, "forum", "strategic")).GetInt32("DurationMinutes"));
    }

    [Fact]
    public async Task Import_EntitiesMissingFromNewFile_AreDeactivatedKeptAndHiddenFromTheDirectory()
    {
        await _host.ImportAsync(TestNetworkFile.Create());
        var file = TestNetworkFile.Create().Without("people", "p-plain").Without("initiatives", "homework");
        file["forums"]!.AsArray().Add(TestNetworkFile.Forum("civil", "Civilsamfundsforum", "civil-society", ["p-member"], [], "0 18 * * 3"));
        file.Without("forums", "strategic");

        var run = await _host.ImportAsync(file);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("people deactivated: p-plain", run.Output, StringComparison.Ordinal);
        Assert.Contains("forums deactivated: strategic", run.Output, StringComparison.Ordinal);
        Assert.Contains("initiatives deactivated: homework", run.Output, StringComparison.Ordinal);
        var history = await _host.RowAsync(TableNames.Network, "person", "p-plain");
        Assert.False(history.GetBoolean("Active"));
        Assert.Equal(_host.FakeTime.GetUtcNow(), history.GetDateTimeOffset("DeactivatedAt"));
        Assert.Equal("Per Plain", history.GetString("Name"));
        Assert.False((await _host.RowAsync(TableNames.Network, "forum", "strategic")).GetBoolean("Active"));
        Assert.False((await _host.RowAsync(TableNames.Network, "initiative", "homework")).GetBoolean("Active"));

        var network = await _host.Get<INetworkReader>().GetSnapshotAsync(CancellationToken.None);
        Assert.Null(network.FindPerson("p-plain"));
        Assert.Null(network.FindPersonByAadObjectId(Guid.Parse(TestNetworkFile.PlainAad)));
        Assert.Null(network.FindForum("strategic"));
        Assert.Null(network.FindInitiative("homework"));
        Assert.Equal(["fritidsjob", "civil"], network.Forums.Select(f => f.Id));
        Assert.Null(await _host.Get<ForumBot.Network.Registry.NetworkTable>().FindPersonIdAsync(Guid.Parse(TestNetworkFile.PlainAad), CancellationToken.None));
    }

    [Fact]
    public async Task Import_DeactivatedEntityBackInFile_IsReactivated()
    {
        await _host.ImportAsync(TestNetworkFile.Create());
        await _host.ImportAsync(TestNetworkFile.Create().Without("people", "p-plain"));

        var run = await _host.ImportAsync(TestNetworkFile.Create());

        Assert.Contains("people reactivated: p-plain", run.Output, StringComparison.Ordinal);
        var row = await _host.RowAsync(TableNames.Network, "person", "p-plain");
        Assert.True(row.GetBoolean("Active"));
        Assert.False(row.ContainsKey("DeactivatedAt"));
        var network = await _host.Get<INetworkReader>().GetSnapshotAsync(CancellationToken.None);
        Assert.Equal(3, network.Version);
        Assert.NotNull(network.FindPersonByAadObjectId(Guid.Parse(TestNetworkFile.PlainAad)));
    }

    [Fact]
    public async Task Import_MoreThanOneHundredEntitiesOfAKind_IsSplitIntoAzureSizedTransactions()
    {
        var file = TestNetworkFile.Create();
        var organisations = file["organisations"]!.AsArray();
        for (var i = 0; i < 150; i++)
        {
            organisations.Add(TestNetworkFile.Organisation($"org-{i:000}", $"Forening {i}", "civil-society"));
        }

        var run = await _host.ImportAsync(file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(154, (await _host.RowsAsync(TableNames.Network)).Count(r => r.PartitionKey == "organisation"));
    }

    [Fact]
    public async Task Import_MissingFileOrArguments_ExitsWithUsage()
    {
        Assert.Equal(ImportCommand.BadArguments, (await _host.RunAsync<ImportCommand>()).ExitCode);
        var missing = await _host.RunAsync<ImportCommand>(_host.PathFor("nowhere.json"));
        Assert.Equal(ImportCommand.BadArguments, missing.ExitCode);
        Assert.Contains("File not found", missing.Errors, StringComparison.Ordinal);
    }

    /// <summary>Each row's identity and version: an unchanged ETag and Timestamp mean the row was not written.</summary>
    private async Task<List<RowVersion>> Snapshot() =>
        [.. (await _host.RowsAsync(TableNames.Network)).Select(r => new RowVersion(r.PartitionKey, r.RowKey, r.ETag.ToString(), r.Timestamp))];

    private sealed record RowVersion(string PartitionKey, string RowKey, string ETag, DateTimeOffset? Timestamp);
}
