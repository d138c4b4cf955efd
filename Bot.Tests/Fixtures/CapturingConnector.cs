using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ForumBot.Tests.Fixtures;

/// <summary>One request the bot made to the connector, as it arrived on the wire.</summary>
public sealed record CapturedRequest(string Method, string Path, string? Authorization, JsonNode? Body, DateTimeOffset At);

/// <summary>
/// Stands in for Teams' Bot Connector (the outer edge) on a real loopback port: records every
/// request and answers like the connector does. Tests may replace the responder to inject
/// throttling or failures.
/// </summary>
public sealed class CapturingConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<CapturedRequest> _requests = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private CapturingConnector(WebApplication app) => _app = app;

    /// <summary>Answers a request; the default mimics the connector's success responses.</summary>
    public Func<CapturedRequest, IResult> Responder { get; set; } = DefaultResponse;

    public Uri ServiceUrl { get; private set; } = null!;

    public IReadOnlyList<CapturedRequest> Requests => [.. _requests];

    public static async Task<CapturingConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new CapturingConnector(app);
        app.Map("/{**path}", (Func<HttpContext, Task<IResult>>)connector.HandleAsync);
        await app.StartAsync();
        var address = app.Urls.First();
        connector.ServiceUrl = new Uri(address.TrimEnd('/') + "/");
        return connector;
    }

    /// <summary>Waits until at least <paramref name="count"/> requests matching the filter have arrived.</summary>
    public async Task<IReadOnlyList<CapturedRequest>> WaitForAsync(int count, Func<CapturedRequest, bool>? filter = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var matching = _requests.Where(filter ?? (_ => true)).ToList();
            if (matching.Count >= count)
            {
                return matching;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"Expected {count} connector requests, saw {matching.Count}.");
            }

            await _arrived.WaitAsync(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
        }
    }

    /// <summary>The adaptive cards the bot sent, in order.</summary>
    public IReadOnlyList<JsonObject> SentCards() =>
        [.. Requests.Where(r => r.Body?["attachments"] is JsonArray)
            .SelectMany(r => r.Body!["attachments"]!.AsArray())
            .Where(a => a?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")
            .Select(a => a!["content"]!.AsObject())];

    /// <summary>Answers the next requests with <paramref name="answers"/>, in order; later ones as usual.</summary>
    public void AnswerFirst(params Func<IResult>[] answers)
    {
        var next = -1;
        Responder = request =>
        {
            var index = Interlocked.Increment(ref next);
            return index < answers.Length ? answers[index]() : DefaultResponse(request);
        };
    }

    /// <summary>An answer with a status, an optional JSON body and headers (e.g. 429 with Retry-After).</summary>
    public static IResult Answer(int statusCode, object? body = null, params (string Name, string Value)[] headers) =>
        new HeaderResult(body is null ? Results.StatusCode(statusCode) : Results.Json(body, statusCode: statusCode), headers);

    /// <summary>The connector's error body, e.g. 403 with code MessageWritesBlocked.</summary>
    public static IResult Error(int statusCode, string code) =>
        Answer(statusCode, new { error = new { code, message = "Test error " + code } });

    /// <summary>Answers after a delay (to make an attempt time out).</summary>
    public static IResult Delayed(TimeSpan delay, IResult then) => new DelayedResult(delay, then);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }

    private async Task<IResult> HandleAsync(HttpContext http)
    {
        JsonNode? body = null;
        if (http.Request.ContentLength is > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            try
            {
                body = await JsonNode.ParseAsync(http.Request.Body);
            }
            catch (JsonException)
            {
                body = null;
            }
        }

        // The raw target keeps the escaping the bot put on the wire (Path would decode it).
        var rawTarget = http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? http.Request.Path + http.Request.QueryString;
        var request = new CapturedRequest(http.Request.Method, rawTarget,
            http.Request.Headers.Authorization.FirstOrDefault(), body, DateTimeOffset.UtcNow);
        var result = Responder(request);
        CardDump.WriteAttachments(body is JsonObject sent ? sent["activity"] ?? sent : null);
        _requests.Enqueue(request);
        _arrived.Release();
        return result;
    }

    private static IResult DefaultResponse(CapturedRequest request) => request switch
    {
        { Method: "POST", Path: "/v3/conversations" or "/v3/conversations/" } => Results.Json(new { id = "a:conv-" + Guid.NewGuid().ToString("N")[..8], activityId = "1" }, statusCode: 201),
        { Method: "POST" } => Results.Json(new { id = "activity-" + Guid.NewGuid().ToString("N")[..8] }, statusCode: 201),
        { Method: "PUT" } => Results.Json(new { id = request.Path.Split('/').Last() }, statusCode: 200),
        { Method: "DELETE" } => Results.Ok(),
        _ => Results.Json(new { }, statusCode: 200),
    };

    private sealed class HeaderResult(IResult inner, (string Name, string Value)[] headers) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            foreach (var (name, value) in headers)
            {
                httpContext.Response.Headers[name] = value;
            }

            return inner.ExecuteAsync(httpContext);
        }
    }

    private sealed class DelayedResult(TimeSpan delay, IResult then) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            try
            {
                await Task.Delay(delay, httpContext.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await then.ExecuteAsync(httpContext);
        }
    }
}
