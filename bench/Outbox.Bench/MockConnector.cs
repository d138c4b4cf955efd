using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using ForumBot.Scheduling;
using ForumBot.Tests.Scheduling.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ForumBot.Bench;

/// <summary>
/// Teams' Bot Connector on loopback, as far as sending is concerned: it counts every call on
/// arrival against Teams' windows (429 and "over limit" when one is exceeded), throttles a share
/// of the calls at random (429, Retry-After 1 s), and otherwise answers 201 with an activity id.
/// </summary>
internal sealed class MockConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentBag<string> _delivered = [];
    private int _calls;

    private MockConnector(WebApplication app, TeamsLimits limits)
    {
        _app = app;
        Limits = limits;
    }

    public TeamsLimits Limits { get; }

    public Uri ServiceUrl { get; private set; } = null!;

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>The text of every message answered 201 (a message's text is its key).</summary>
    public IReadOnlyCollection<string> Delivered => _delivered;

    public static async Task<MockConnector> StartAsync(double randomThrottleRate, int seed)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new MockConnector(app, new TeamsLimits(RateLimitPolicy.Teams, randomThrottleRate, seed, 1));
        app.MapPost("/v3/conversations/{conversationId}/activities", (Func<HttpContext, string, Task<IResult>>)connector.SendAsync);
        await app.StartAsync();
        connector.ServiceUrl = new Uri(app.Urls.First().TrimEnd('/') + "/");
        return connector;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task<IResult> SendAsync(HttpContext http, string conversationId)
    {
        var at = DateTimeOffset.UtcNow;
        Interlocked.Increment(ref _calls);
        var body = await JsonNode.ParseAsync(http.Request.Body);
        if (Limits.Observe(conversationId, at) is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        }

        _delivered.Add(body?["text"]?.GetValue<string>() ?? string.Empty);
        return Results.Json(new { id = "activity-" + Guid.NewGuid().ToString("N")[..12] }, statusCode: StatusCodes.Status201Created);
    }
}
