using ForumBot.Storage;

namespace ForumBot.Cli;

/// <summary>
/// Lets the service executable double as the admin CLI: when the first argument names a
/// registered command, the app is built (same configuration, same storage) but not served.
/// </summary>
public static class AdminCli
{
    /// <summary>True when the arguments ask for a CLI command rather than the web service.</summary>
    public static bool IsCliInvocation(string[] args) => args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var commands = app.Services.GetServices<ICliCommand>().ToList();
        var command = commands.FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.OrdinalIgnoreCase));
        if (command is null)
        {
            await Console.Error.WriteLineAsync($"Unknown command '{args[0]}'. Commands:");
            foreach (var known in commands.OrderBy(c => c.Name, StringComparer.Ordinal))
            {
                await Console.Error.WriteLineAsync("  dotnet run --project Bot -- " + known.Usage);
            }

            return 2;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        try
        {
            await app.Services.GetRequiredService<TableStore>().EnsureTablesAsync(cancellation.Token);
            return await command.RunAsync(args[1..], Console.Out, Console.Error, cancellation.Token);
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException or Azure.Identity.AuthenticationFailedException)
        {
            await Console.Error.WriteLineAsync($"Table storage could not be reached ({ex.GetType().Name}): check ConnectionStrings:Tables or Storage:TableServiceUri and your Azure sign-in.");
            return 3;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("Cancelled.");
            return 130;
        }
    }
}
