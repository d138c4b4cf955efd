using System.Text.Json.Nodes;
using Azure.Data.Tables;
using ForumBot.Network;
using ForumBot.Network.Admin;
using ForumBot.Storage;
using ForumBot.Teams;
using ForumBot.Tests.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ForumBot.Tests.Network;

/// <summary>What a CLI command printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Output, string Errors);

/// <summary>
/// The network feature wired as the service wires it (AddTableStorage + AddTeamsConversations
/// for the forum channels' conversation references + AddNetwork) over the
/// shared Azurite, with its own table prefix. Two hosts with one prefix act as two instances.
/// </summary>
public sealed class NetworkHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _directory = Directory.CreateTempSubdirectory("forumbot-network-").FullName;

    private NetworkHost(ServiceProvider services, string prefix, FakeTimeProvider time)
    {
        _services = services;
        TablePrefix = prefix;
        Time = time;
    }

    public string TablePrefix { get; }

    public FakeTimeProvider Time { get; }

    public TableClient Table => Get<TableStore>().Table(TableNames.Network);

    public static async Task<NetworkHost> StartAsync(string? prefix = null, IDictionary<string, string?>? settings = null)
    {
        prefix ??= Azurite.UniquePrefix();
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = Azurite.ConnectionString,
            ["Storage:TablePrefix"] = prefix,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddTableStorage(configuration)
            .AddTeamsConversations()
            .AddNetwork()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await services.GetRequiredService<TableStore>().EnsureTablesAsync(CancellationToken.None);
        return new NetworkHost(services, prefix, time);
    }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public string WriteFile(JsonObject network, string name = "network.json") => WriteFile(network.ToJsonString(), name);

    public string WriteFile(string content, string name = "network.json")
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    public string PathFor(string name) => Path.Combine(_directory, name);

    public Task<CliRun> ImportAsync(JsonObject network, bool dryRun = false) =>
        RunAsync<ImportCommand>(dryRun ? [WriteFile(network), "--dry-run"] : [WriteFile(network)]);

    public async Task<CliRun> RunAsync<TCommand>(params string[] arguments)
        where TCommand : ForumBot.Cli.ICliCommand
    {
        var command = _services.GetServices<ForumBot.Cli.ICliCommand>().OfType<TCommand>().Single();
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await command.RunAsync(arguments, output, errors, CancellationToken.None);
        return new CliRun(exitCode, output.ToString(), errors.ToString());
    }

    /// <summary>Every row of the Network table, for assertions (a scan is fine in a test).</summary>
    public async Task<List<TableEntity>> AllRowsAsync()
    {
        var rows = new List<TableEntity>();
        await foreach (var row in Table.QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }

        return rows;
    }

    public async Task<TableEntity> RowAsync(string partition, string id) => (await Table.GetEntityAsync<TableEntity>(partition, id)).Value;

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
