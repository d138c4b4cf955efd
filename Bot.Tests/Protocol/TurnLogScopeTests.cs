using System.Net;
using System.Text.RegularExpressions;
using ForumBot.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ForumBot.Tests.Protocol;

/// <summary>
/// MessagesEndpoint holds a log scope with the turn's correlation id open for the whole turn, so a
/// line any interceptor or handler writes can be found from the reference a user quotes.
/// </summary>
public sealed partial class TurnLogScopeTests : IAsyncLifetime
{
    private readonly LogCapture _logs = new();
    private CapturingConnector _connector = null!;
    private TestApp _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await CapturingConnector.StartAsync();
        _bot = await TestApp.StartAsync(new TestAppOptions { Services = services => services.AddSingleton<ILoggerProvider>(_logs) });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task FailedTurn_InterceptorAndFailureLines_CarryTheReferenceTheUserSees()
    {
        // The reply fails (400), so the user gets the apology with the turn's reference; a personal
        // message without aadObjectId makes the conversation-reference interceptor log a line (1150).
        var calls = 0;
        _connector.Responder = _ => Interlocked.Increment(ref calls) == 1
            ? Microsoft.AspNetCore.Http.Results.StatusCode(400)
            : Microsoft.AspNetCore.Http.Results.Json(new { id = "x" }, statusCode: 201);

        using var response = await _bot.PostActivityAsync(TeamsActivities.PersonalMessage(_connector.ServiceUrl, "help", aadObjectId: null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var apology = (await _connector.WaitForAsync(2))[1].Body!["text"]!.GetValue<string>();
        var reference = ReferencePattern().Match(apology).Groups[1].Value;
        Assert.Matches("^[0-9a-f]{12}$", reference);

        var interceptorLine = Assert.Single(_logs.Lines, l => l.EventId == 1150);
        Assert.Equal("ForumBot.Teams.ConversationReferenceInterceptor", interceptorLine.Category);
        Assert.Equal(reference, interceptorLine.Scope("CorrelationId"));

        var failure = Assert.Single(_logs.Lines, l => l.EventId == 1003);
        Assert.Equal(reference, failure.Scope("CorrelationId"));

        // The scope holds the correlation id and nothing else: no names, no text.
        Assert.All(_logs.Lines.Where(l => l.Scopes.ContainsKey("CorrelationId")), l =>
        {
            Assert.Equal(reference, l.Scope("CorrelationId"));
            Assert.DoesNotContain(l.Scopes, s => s.Key != "CorrelationId" && s.Key != "{OriginalFormat}" && s.Value?.ToString() is { } v
                && (v.Contains("Test User", StringComparison.Ordinal) || v.Contains("help", StringComparison.Ordinal)));
        });
    }

    [Fact]
    public async Task LinesOutsideATurn_CarryNoCorrelationId()
    {
        var activity = TeamsActivities.PersonalMessage(_connector.ServiceUrl, "help");
        activity.Remove("type");

        using var response = await _bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var rejected = Assert.Single(_logs.Lines, l => l.EventId == 1002);
        Assert.Null(rejected.Scope("CorrelationId"));
    }

    [GeneratedRegex(@"\(Reference: ([0-9a-f]+)\)")]
    private static partial Regex ReferencePattern();
}
