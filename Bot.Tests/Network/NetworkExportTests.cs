using ForumBot.Tests.Fixtures;
using System.Text.Json.Nodes;
using ForumBot.Network.Admin;

namespace ForumBot.Tests.Network;

/// <summary>Export writes the active network back in the import format: a round trip gives the same file.</summary>
public sealed class NetworkExportTests : IAsyncLifetime
{
    private TestApp _host = null!;

    public async Task InitializeAsync() => _host = await TestApp.StartAsync(NetworkTestApp.Options());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Export_AfterImport_GivesAnEqualFile()
    {
        var file = TestNetworkFile.Create();
        file["note"] = "Illustrative data";
        file.Element("forums", "strategic")["agendaDaysBefore"] = 3;
        file.Element("forums", "strategic")["description"] = "Kvartalsvist møde";
        file.Element("forums", "strategic")["standingItems"] = new JsonArray("Nyt fra politiet", "Eventuelt, hvis tiden tillader");
        file.Element("people", "p-admin")["title"] = "IT";
        file.Element("initiatives", "homework")["targetGroup"]!["description"] = "Skolebørn";
        await _host.ImportAsync(file);
        var target = _host.PathFor("exported.json");

        var run = await _host.RunAsync<ExportCommand>(target);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("4 organisations, 6 people, 2 forums, 2 initiatives", run.Output, StringComparison.Ordinal);
        Assert.Equal(JsonCanonical.Of(file), JsonCanonical.Of(JsonNode.Parse(await File.ReadAllTextAsync(target))));
    }

    [Fact]
    public async Task Export_ThenImport_ChangesNothing()
    {
        await _host.ImportAsync(TestNetworkFile.Create());
        var target = _host.PathFor("exported.json");
        await _host.RunAsync<ExportCommand>(target);

        var again = await _host.RunAsync<ImportCommand>(target);

        Assert.Contains("Nothing to do", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_LeavesOutDeactivatedEntities()
    {
        await _host.ImportAsync(TestNetworkFile.Create());
        var smaller = TestNetworkFile.Create().Without("people", "p-plain").Without("organisations", "politi");
        smaller.Element("people", "p-manager")["organisation"] = "kk-bif";
        await _host.ImportAsync(smaller);
        var target = _host.PathFor("exported.json");

        await _host.RunAsync<ExportCommand>(target);

        Assert.Equal(JsonCanonical.Of(smaller), JsonCanonical.Of(JsonNode.Parse(await File.ReadAllTextAsync(target))));
    }

    [Fact]
    public async Task Export_BeforeAnyImport_Fails()
    {
        var run = await _host.RunAsync<ExportCommand>(_host.PathFor("exported.json"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("No network has been imported yet", run.Errors, StringComparison.Ordinal);
    }
}
