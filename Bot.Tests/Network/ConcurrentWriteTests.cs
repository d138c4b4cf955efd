using Azure.Data.Tables;
using ForumBot.Network.FileFormat;
using ForumBot.Network.Registry;
using ForumBot.Storage;
using ForumBot.Tests.Fixtures;

namespace ForumBot.Tests.Network;

/// <summary>Two writers, one row: one wins, the other is told the row changed meanwhile.</summary>
public sealed class ConcurrentWriteTests : IAsyncLifetime
{
    private TestApp _host = null!;

    public async Task InitializeAsync() => _host = await TestApp.StartAsync(NetworkTestApp.Options());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task UpdateAsync_TwoWritersFromTheSameRead_OneWinsOneChangedMeanwhile()
    {
        await _host.ImportAsync(TestNetworkFile.Create());
        var first = await _host.RowAsync(TableNames.Network, "person", "p-chair");
        var second = await _host.RowAsync(TableNames.Network, "person", "p-chair");
        first["Locale"] = "en-GB";
        second["Locale"] = "de-DE";

        var outcomes = await Task.WhenAll(
            _host.Table(TableNames.Network).UpdateAsync(first, first.ETag, TableUpdateMode.Merge, CancellationToken.None),
            _host.Table(TableNames.Network).UpdateAsync(second, second.ETag, TableUpdateMode.Merge, CancellationToken.None));

        Assert.Equal(1, outcomes.Count(o => o.Succeeded));
        Assert.Equal(1, outcomes.Count(o => o.IsChangedMeanwhile));
        var winner = outcomes[0].Succeeded ? "en-GB" : "de-DE";
        var stored = await _host.RowAsync(TableNames.Network, "person", "p-chair");
        Assert.Equal(winner, stored.GetString("Locale"));
        Assert.Equal(outcomes.Single(o => o.Succeeded).ETag, stored.ETag);
    }

    [Fact]
    public async Task AddAsync_RowCreatedMeanwhile_IsChangedMeanwhile()
    {
        var row = new TableEntity("test", "row") { ["Value"] = 1 };

        Assert.True((await _host.Table(TableNames.Network).AddAsync(row, CancellationToken.None)).Succeeded);
        Assert.True((await _host.Table(TableNames.Network).AddAsync(row, CancellationToken.None)).IsChangedMeanwhile);
    }

    [Fact]
    public async Task DeleteAsync_WithStaleETag_IsChangedMeanwhileAndKeepsTheRow()
    {
        var added = await _host.Table(TableNames.Network).AddAsync(new TableEntity("test", "row") { ["Value"] = 1 }, CancellationToken.None);
        await _host.Table(TableNames.Network).UpdateAsync(new TableEntity("test", "row") { ["Value"] = 2 }, added.ETag, TableUpdateMode.Replace, CancellationToken.None);

        var deleted = await _host.Table(TableNames.Network).DeleteAsync("test", "row", added.ETag, CancellationToken.None);

        Assert.True(deleted.IsChangedMeanwhile);
        Assert.Equal(2, (await _host.RowAsync(TableNames.Network, "test", "row")).GetInt32("Value"));
    }

    [Fact]
    public async Task UpdateAsync_WithoutARealETag_IsRefused()
    {
        var row = new TableEntity("test", "row");

        await Assert.ThrowsAsync<ArgumentException>(() => _host.Table(TableNames.Network).UpdateAsync(row, Azure.ETag.All, TableUpdateMode.Replace, CancellationToken.None));
    }

    [Fact]
    public async Task SubmitAsync_BeyondAzureLimits_IsRefusedBeforeSending()
    {
        var tooMany = Enumerable.Range(0, 101).Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", $"r{i}"))).ToList();
        var twoPartitions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.Add, new TableEntity("a", "1")),
            new(TableTransactionActionType.Add, new TableEntity("b", "1")),
        };

        await Assert.ThrowsAsync<ArgumentException>(() => _host.Table(TableNames.Network).SubmitAsync(tooMany, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => _host.Table(TableNames.Network).SubmitAsync(twoPartitions, CancellationToken.None));
    }

    [Fact]
    public async Task Import_TwoImportsPlannedFromTheSameState_SecondIsChangedMeanwhileAndWritesNothing()
    {
        await _host.ImportAsync(TestNetworkFile.Create());
        var importer = _host.Get<NetworkImporter>();
        var renamed = TestNetworkFile.Create();
        renamed.Element("people", "p-plain")["name"] = "Per Omdøbt";
        var moved = TestNetworkFile.Create();
        moved.Element("people", "p-plain")["organisation"] = "klub";
        moved.Element("forums", "strategic")["durationMinutes"] = 45;
        var planA = await importer.PlanAsync(Read(renamed), CancellationToken.None);
        var planB = await importer.PlanAsync(Read(moved), CancellationToken.None);

        var a = await importer.ApplyAsync(planA, CancellationToken.None);
        var b = await importer.ApplyAsync(planB, CancellationToken.None);

        Assert.Equal((ImportStatus.Imported, 2L), (a.Status, a.Version));
        Assert.Equal(ImportStatus.ChangedMeanwhile, b.Status);
        var person = await _host.RowAsync(TableNames.Network, "person", "p-plain");
        Assert.Equal(("Per Omdøbt", "fsb"), (person.GetString("Name"), person.GetString("Organisation")));
        Assert.Equal(90, (await _host.RowAsync(TableNames.Network, "forum", "strategic")).GetInt32("DurationMinutes"));
    }

    [Fact]
    public async Task ImportCommand_WhenTheNetworkChangesAfterPlanning_ReportsChangedMeanwhile()
    {
        await _host.ImportAsync(TestNetworkFile.Create());
        var importer = _host.Get<NetworkImporter>();
        var plan = await importer.PlanAsync(Read(TestNetworkFile.Create().Without("people", "p-plain")), CancellationToken.None);
        var row = await _host.RowAsync(TableNames.Network, "person", "p-plain");
        row["Name"] = "Changed by someone else";
        await _host.Table(TableNames.Network).UpdateEntityAsync(row, row.ETag);

        var outcome = await importer.ApplyAsync(plan, CancellationToken.None);

        Assert.Equal(ImportStatus.ChangedMeanwhile, outcome.Status);
        Assert.True((await _host.RowAsync(TableNames.Network, "person", "p-plain")).GetBoolean("Active"));
        var retry = await _host.ImportAsync(TestNetworkFile.Create().Without("people", "p-plain"));
        Assert.Equal(0, retry.ExitCode);
        Assert.False((await _host.RowAsync(TableNames.Network, "person", "p-plain")).GetBoolean("Active"));
    }

    private static ForumBot.Network.NetworkDefinition Read(System.Text.Json.Nodes.JsonObject file) =>
        NetworkFileReader.Read(file.ToJsonString(), TestClock.Now).Definition!;
}
