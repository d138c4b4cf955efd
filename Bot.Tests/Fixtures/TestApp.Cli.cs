using System.Text.Json.Nodes;
using ForumBot.Cli;
using ForumBot.Network.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace ForumBot.Tests.Fixtures;

/// <summary>What a CLI command printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Output, string Errors);

/// <summary>The admin CLI's commands, run in the app as `ForumBot.exe &lt;command&gt;` runs them, and files for them.</summary>
public sealed partial class TestApp
{
    private string? _files;

    /// <summary>Runs the registered CLI command <typeparamref name="TCommand"/> and captures what it printed.</summary>
    public async Task<CliRun> RunAsync<TCommand>(params string[] arguments)
        where TCommand : ICliCommand
    {
        var command = Services.GetServices<ICliCommand>().OfType<TCommand>().Single();
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await command.RunAsync(arguments, output, errors, CancellationToken.None);
        return new CliRun(exitCode, output.ToString(), errors.ToString());
    }

    /// <summary>Imports a network file with the import command; fails the test if the import fails.</summary>
    public async Task ImportAsync(string path)
    {
        var run = await RunAsync<ImportCommand>(path);
        Assert.True(run.ExitCode == 0, $"Importing {Path.GetFileName(path)} failed ({run.ExitCode}): {run.Errors}");
    }

    /// <summary>Writes the network to a file and runs the import command on it.</summary>
    public Task<CliRun> ImportAsync(JsonObject network, bool dryRun = false) =>
        RunAsync<ImportCommand>(dryRun ? [WriteFile(network), "--dry-run"] : [WriteFile(network)]);

    public string WriteFile(JsonObject network, string name = "network.json")
    {
        ArgumentNullException.ThrowIfNull(network);
        return WriteFile(network.ToJsonString(), name);
    }

    /// <summary>Writes a file to the app's own temporary directory (deleted with the app).</summary>
    public string WriteFile(string content, string name = "network.json")
    {
        var path = PathFor(name);
        File.WriteAllText(path, content);
        return path;
    }

    public string PathFor(string name)
    {
        _files ??= Directory.CreateTempSubdirectory("forumbot-test-").FullName;
        return Path.Combine(_files, name);
    }
}
