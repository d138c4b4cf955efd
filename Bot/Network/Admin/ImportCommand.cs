using ForumBot.Cli;
using ForumBot.Network.FileFormat;
using ForumBot.Network.Registry;

namespace ForumBot.Network.Admin;

/// <summary>
/// `import &lt;file&gt; [--dry-run]`: validates a network file and loads it. Any error in the file
/// means nothing is written; a dry run prints what would change and writes nothing either.
/// Exit codes: 0 imported (or dry run), 1 invalid file, 2 bad arguments, 4 changed meanwhile.
/// </summary>
public sealed class ImportCommand(NetworkImporter importer, TimeProvider time) : ICliCommand
{
    public const int InvalidFile = 1;
    public const int BadArguments = 2;
    public const int ChangedMeanwhile = 4;

    public string Name => "import";

    public string Usage => "import <file> [--dry-run]";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        var dryRun = arguments.Contains("--dry-run", StringComparer.Ordinal);
        var files = arguments.Where(a => a != "--dry-run").ToList();
        if (files.Count != 1 || files[0].StartsWith("--", StringComparison.Ordinal))
        {
            await errors.WriteLineAsync("Usage: " + Usage);
            return BadArguments;
        }

        string json;
        try
        {
            json = await File.ReadAllTextAsync(files[0], cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await errors.WriteLineAsync(ex is FileNotFoundException or DirectoryNotFoundException
                ? $"File not found: {files[0]}"
                : $"Could not read {files[0]}: {ex.Message}");
            return BadArguments;
        }

        var result = NetworkFileReader.Read(json, time.GetUtcNow());
        if (result.Definition is not { } definition)
        {
            await ImportReport.WriteErrorsAsync(errors, files[0], result.Errors);
            return InvalidFile;
        }

        var plan = await importer.PlanAsync(definition, cancellationToken);
        await ImportReport.WritePlanAsync(output, plan, result.ExtraFieldPaths);
        if (dryRun)
        {
            await output.WriteLineAsync($"Dry run: {plan.ChangeCount} change(s) would be written; nothing was written.");
            return 0;
        }

        var outcome = await importer.ApplyAsync(plan, cancellationToken);
        if (outcome.Status == ImportStatus.ChangedMeanwhile)
        {
            await errors.WriteLineAsync("The network was changed meanwhile (another import running?). Nothing more was written; run the import again.");
            return ChangedMeanwhile;
        }

        await output.WriteLineAsync(plan.HasChanges
            ? $"Imported: {plan.ChangeCount} change(s) written, network version {outcome.Version}."
            : $"Nothing to do: the network already matches the file (version {outcome.Version}).");
        return 0;
    }
}
