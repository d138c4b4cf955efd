using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForumBot.Tests.Fixtures;

/// <summary>
/// The real bot, served by Kestrel on a loopback port, with its own tables in the shared
/// Azurite. Tests POST real activity JSON to it over HTTP.
/// </summary>
public sealed class BotApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configureServices;

    /// <param name="settings">Configuration overrides, as App Service settings would give them.</param>
    /// <param name="configureServices">Replaces services at the outer edge only (the clock, trust for a test token endpoint).</param>
    public BotApp(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        _configureServices = configureServices;
        TablePrefix = Azurite.UniquePrefix();
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

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        // A free loopback port through the URLs, not UseKestrel(0): with a port, the factory rewrites the
        // server addresses after Build() while a minimal-hosting app may already be binding them, which
        // fails now and then with "Addresses cannot be modified after the server has started"
        // (dotnet/aspnetcore#67714).
        UseKestrel();
    }

    public string TablePrefix { get; }

    /// <summary>Starts the server and returns a client aimed at its real loopback address.</summary>
    public HttpClient StartClient()
    {
        StartServer();
        Client = CreateClient();
        return Client;
    }

    /// <summary>The client StartClient made; disposed with the factory.</summary>
    public HttpClient Client { get; private set; } = null!;

    public Task<HttpResponseMessage> PostActivityAsync(JsonObject activity, string? bearerToken = null) =>
        PostActivityAsync(Client, activity, bearerToken);

    public static async Task<HttpResponseMessage> PostActivityAsync(HttpClient client, JsonObject activity, string? bearerToken = null)
    {
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
        builder.UseEnvironment(string.IsNullOrWhiteSpace(_settings["MicrosoftAppId"]) ? "Development" : "Testing");
        builder.UseUrls("http://127.0.0.1:0");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(_settings));
        if (_configureServices is not null)
        {
            builder.ConfigureTestServices(_configureServices);
        }
    }
}
