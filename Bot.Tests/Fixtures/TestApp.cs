using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ForumBot.Retention;
using ForumBot.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ForumBot.Tests.Fixtures;

/// <summary>
/// The real bot, composed by Program.cs, with its own tables in the shared Azurite (or another
/// app's, to act as a second instance). With <see cref="TestAppOptions.Http"/> it is served by
/// Kestrel on a loopback port and tests POST real activity JSON to it; without, tests use its services.
/// </summary>
public sealed partial class TestApp : WebApplicationFactory<Program>
{
    private readonly TestAppOptions _options;
    private readonly Dictionary<string, string?> _settings;

    public TestApp(TestAppOptions? options = null)
    {
        _options = options ?? new TestAppOptions();
        TablePrefix = _options.TablePrefix ?? Azurite.UniquePrefix();
        Logs = new LogCapture();
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = Azurite.ConnectionString,
            ["Storage:TablePrefix"] = TablePrefix,
            ["MicrosoftAppId"] = string.Empty,

            // The scheduler would poll the outbox in every test's bot; tests that want it turn it on.
            ["Scheduling:Enabled"] = "false",
        };

        // FORUMBOT_TEST_NOW: the bot's clock reads the run's "now" (a test's own clock still replaces it).
        foreach (var (key, value) in TestClock.ServiceSettings())
        {
            _settings[key] = value;
        }

        foreach (var (key, value) in _options.Settings ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                _settings.Remove(key);
            }
            else
            {
                _settings[key] = value;
            }
        }

        if (_options.Http)
        {
            // A free loopback port through the URLs, not UseKestrel(0): with a port, the factory rewrites the
            // server addresses after Build() while a minimal-hosting app may already be binding them, which
            // fails now and then with "Addresses cannot be modified after the server has started"
            // (dotnet/aspnetcore#67714).
            UseKestrel();
        }
    }

    public string TablePrefix { get; }

    /// <summary>What the bot logged (with <see cref="TestAppOptions.CaptureLogs"/>).</summary>
    public LogCapture Logs { get; }

    /// <summary>The capturing connector the app started (<see cref="TestAppOptions.Connector"/>).</summary>
    public CapturingConnector Connector => _connector ?? throw new InvalidOperationException("Start the app with Connector = true.");

    private CapturingConnector? _connector;

    /// <summary>The token endpoint the app was given (<see cref="TestAppOptions.Tokens"/>).</summary>
    public TestTokenEndpoint Tokens => _options.Tokens ?? throw new InvalidOperationException("Start the app with Tokens.");

    /// <summary>The bot's clock.</summary>
    public TimeProvider Time => _options.Time ?? Get<TimeProvider>();

    /// <summary>The test's fake clock (<see cref="TestAppOptions.Time"/>), to move.</summary>
    public FakeTimeProvider FakeTime => _options.Time as FakeTimeProvider ?? throw new InvalidOperationException("Start the app with a FakeTimeProvider.");

    /// <summary>The client aimed at the server's loopback address (<see cref="TestAppOptions.Http"/>); disposed with the factory.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>Starts the bot as the options say, waits for its tables, and imports the demo network if asked.</summary>
    public static async Task<TestApp> StartAsync(TestAppOptions? options = null)
    {
        var app = new TestApp(options);
        try
        {
            await app.StartAsync();
            return app;
        }
        catch
        {
            // A host that failed to start cannot be stopped (the factory's DisposeAsync throws); the rest is released.
            await app.ReleaseTestResourcesAsync();
            throw;
        }
    }

    private async Task StartAsync()
    {
        if (_options.Connector)
        {
            _connector = await CapturingConnector.StartAsync();
        }

        if (_options.Http)
        {
            StartClient();
        }

        await Get<TableInitializer>().WhenReady(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        if (!_options.Retention)
        {
            await Get<RetentionService>().StopAsync(CancellationToken.None);
        }

        if (_options.DemoNetwork)
        {
            await ImportAsync(DemoNetwork.FilePath);
        }
    }

    /// <summary>Starts the server and returns a client aimed at its real loopback address.</summary>
    public HttpClient StartClient()
    {
        StartServer();
        Client = CreateClient();
        return Client;
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public Task<HttpResponseMessage> PostActivityAsync(JsonObject activity, string? bearerToken = null) =>
        PostActivityAsync(Client, activity, bearerToken);

    public static async Task<HttpResponseMessage> PostActivityAsync(HttpClient client, JsonObject activity, string? bearerToken = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return await client.SendAsync(request);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Unauthenticated mode (no MicrosoftAppId) runs in Development only, as with `run`; an
        // authenticated bot runs in a non-Development environment, as deployed.
        builder.UseEnvironment(string.IsNullOrWhiteSpace(_settings.GetValueOrDefault("MicrosoftAppId")) ? "Development" : "Testing");
        if (_options.Http)
        {
            builder.UseUrls("http://127.0.0.1:0");
        }

        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(_settings));
        builder.ConfigureTestServices(services =>
        {
            if (_options.Time is { } time)
            {
                services.AddSingleton(time);
            }

            if (_options.CaptureLogs)
            {
                services.AddSingleton<ILoggerProvider>(Logs);
            }

            _options.Tokens?.TrustIn(services);
            _options.Services?.Invoke(services);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        finally
        {
            await ReleaseTestResourcesAsync();
        }

        GC.SuppressFinalize(this);
    }

    private async Task ReleaseTestResourcesAsync()
    {
        if (_connector is not null)
        {
            await _connector.DisposeAsync();
            _connector = null;
        }

        if (_options.Tokens is not null)
        {
            await _options.Tokens.DisposeAsync();
        }

        if (_files is not null)
        {
            Directory.Delete(_files, recursive: true);
            _files = null;
        }
    }
}
