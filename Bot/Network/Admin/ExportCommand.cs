using System.Text;
using ForumBot.Cli;
using ForumBot.Network.FileFormat;
using ForumBot.Network.Registry;

namespace ForumBot.Network.Admin;

/// <summary>`export &lt;file&gt;`: writes the active network in the import format, straight from the table.</summary>
public sealed class ExportCommand(NetworkTable table) : ICliCommand
{
    public string Name => "export";

    public string Usage => "export <file>";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        if (arguments.Count != 1 || arguments[0].StartsWith("--", StringComparison.Ordinal))
        {
            await errors.WriteLineAsync("Usage: " + Usage);
            return ImportCommand.BadArguments;
        }

        // Not the cached directory: an export must show what is stored now.
        var network = await table.LoadSnapshotAsync(cancellationToken);
        if (network.IsEmpty)
        {
            await errors.WriteLineAsync("No network has been imported yet; nothing to export.");
            return ImportCommand.InvalidFile;
        }

        try
        {
            await File.WriteAllTextAsync(arguments[0], NetworkFileWriter.Write(network.Definition), new UTF8Encoding(false), cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await errors.WriteLineAsync($"Could not write {arguments[0]}: {ex.Message}");
            return ImportCommand.BadArguments;
        }

        await output.WriteLineAsync(
            $"Exported network '{network.Area}' version {network.Version}: {network.Organisations.Count} organisations, {network.People.Count} people, " +
            $"{network.Forums.Count} forums, {network.Initiatives.Count} initiatives to {arguments[0]}.");
        return 0;
    }
}
