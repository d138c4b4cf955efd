using ForumBot.Cli;
using ForumBot.Network.Admin;
using ForumBot.Scheduling;
using ForumBot.Storage;
using ForumBot.Tests.Fixtures;
using ForumBot.Tests.Network;
using Microsoft.Extensions.DependencyInjection;

namespace ForumBot.Tests.Scheduling.Support;

/// <summary>The whole bot (Program's composition) on loopback with a network imported through the import command, and a capturing connector.</summary>
public sealed class BotWithNetwork : IAsyncDisposable
{
    private BotWithNetwork(BotApp bot, CapturingConnector connector)
    {
        Bot = bot;
        Connector = connector;
    }

    public BotApp Bot { get; }

    public CapturingConnector Connector { get; }

    /// <param name="settings">More configuration for the bot, e.g. its test-only clock start.</param>
    public static async Task<BotWithNetwork> StartAsync(string networkFile, Action<IServiceCollection>? configure = null, IDictionary<string, string?>? settings = null)
    {
        var connector = await CapturingConnector.StartAsync();
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["MicrosoftAppTenantId"] = TeamsActivities.TenantId };
        var bot = new BotApp(all, configure);
        bot.StartClient();
        var host = new BotWithNetwork(bot, connector);

        // As the admin CLI does before a command: the service creates its tables in the background.
        await host.Get<TableStore>().EnsureTablesAsync(CancellationToken.None);
        var import = await host.RunAsync<ImportCommand>(networkFile);
        Assert.Equal(0, import.ExitCode);
        return host;
    }

    public T Get<T>() where T : notnull => Bot.Services.GetRequiredService<T>();

    public async Task<CliRun> RunAsync<TCommand>(params string[] arguments)
        where TCommand : ICliCommand
    {
        var command = Bot.Services.GetServices<ICliCommand>().OfType<TCommand>().Single();
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await command.RunAsync(arguments, output, errors, CancellationToken.None);
        return new CliRun(exitCode, output.ToString(), errors.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
