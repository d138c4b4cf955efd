using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace ForumBot.Tests.Fixtures;

/// <summary>
/// The real bot, served by Kestrel on a loopback port, with its own tables in the shared
/// Azurite. Tests POST real activity JSON to it over HTTP.
/// </summary>
public sealed class BotApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public BotApp(IDictionary<string, string?>? settings = null)
    {
        TablePrefix = Azurite.UniquePrefix();
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = Azurite.ConnectionString,
            ["Storage:TablePrefix"] = TablePrefix,
            ["MicrosoftAppId"] = string.Empty,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        UseKestrel(0);
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
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(_settings));
    }
}
