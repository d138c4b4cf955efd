using System.Net;
using ForumBot.Tests.Fixtures;

namespace ForumBot.Tests.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Healthz_ProcessAlive_Answers200()
    {
        await using var bot = new TestApp();
        using var client = bot.StartClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_WithAzurite_BecomesReady()
    {
        await using var bot = new TestApp();
        using var client = bot.StartClient();

        var status = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 50 && status != HttpStatusCode.OK; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
            status = response.StatusCode;
            if (status != HttpStatusCode.OK)
            {
                await Task.Delay(100);
            }
        }

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Readyz_StorageUnreachable_Answers503WithReason()
    {
        var deadPort = Azurite.FreeTcpPort();
        await using var bot = new TestApp(new() { Settings = new Dictionary<string, string?> { ["ConnectionStrings:Tables"] = Azurite.ConnectionStringFor(deadPort) } });
        using var client = bot.StartClient();

        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("not ready", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
