using ForumBot.Storage;
using System.Diagnostics;
using ForumBot.Tests.Fixtures;

namespace ForumBot.Tests.Network;

/// <summary>The admin CLI as an administrator runs it: the service executable, configured by environment.</summary>
public sealed class ImportProcessTests
{
    [Fact]
    public async Task ForumBotDll_ImportDryRun_ValidatesPlansAndExitsZero()
    {
        await using var host = await TestApp.StartAsync(NetworkTestApp.Options());
        var file = host.WriteFile(TestNetworkFile.Create());

        var (exitCode, output, errors) = await RunForumBotAsync(host.TablePrefix, "import", file, "--dry-run");

        Assert.True(exitCode == 0, errors);
        Assert.Contains("Network 'Testby' (Europe/Copenhagen):", output, StringComparison.Ordinal);
        Assert.Contains("Dry run: 15 change(s) would be written; nothing was written.", output, StringComparison.Ordinal);
        Assert.Empty(await host.RowsAsync(TableNames.Network));
    }

    [Fact]
    public async Task ForumBotDll_ImportOfAnInvalidFile_ListsErrorsAndExitsOne()
    {
        await using var host = await TestApp.StartAsync(NetworkTestApp.Options());
        var network = TestNetworkFile.Create();
        network["forums"]![1]!["cadence"] = "every monday";
        var file = host.WriteFile(network);

        var (exitCode, _, errors) = await RunForumBotAsync(host.TablePrefix, "import", file);

        Assert.Equal(1, exitCode);
        Assert.Contains("$.forums[1].cadence: 'every monday' is not a 5-field cron expression", errors, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunForumBotAsync(string tablePrefix, params string[] arguments)
    {
        var result = await ForumBotProcess.RunAsync(new Dictionary<string, string?> { ["Storage:TablePrefix"] = tablePrefix }, arguments);
        return (result.ExitCode, result.Output, result.Errors);
    }
}
