using ForumBot.Scheduling;
using ForumBot.Tests.Fixtures;
using ForumBot.Tests.Scheduling.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ForumBot.Tests.Scheduling;

/// <summary>
/// The dispatcher against a loopback connector that enforces Teams' limits (as Teams counts them,
/// on arrival) and throttles at random. Teams' windows run ten times faster here, on the real
/// clock, so a burst to one conversation and a fan-out take well under a second.
/// </summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private const double Speed = 0.1;
    private static readonly RateLimitPolicy Limits = RateLimitPolicy.Teams.Scaled(Speed);
    private CapturingConnector _connector = null!;
    private TestApp _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await CapturingConnector.StartAsync();
        _host = await TestApp.StartAsync(SchedulingTestApp.Options(
            settings: new Dictionary<string, string?> { ["Scheduling:MaxAttempts"] = "20" },
            configure: services => services.AddSingleton(Limits with { Margin = TimeSpan.FromMilliseconds(15) })));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Dispatch_BurstAndFanOutWithRandom429s_DeliversEverythingWithinEveryWindow()
    {
        var teams = new TeamsLimits(Limits, randomThrottleRate: 0.1, seed: 7, randomRetryAfterSeconds: 0);
        _connector.Responder = request => teams.Observe(TeamsLimits.ConversationOf(request.Path), request.At) is { } retryAfter
            ? CapturingConnector.Answer(429, null, ("Retry-After", retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            : Results.Json(new { id = "activity-" + Guid.NewGuid().ToString("N")[..8] }, statusCode: 201);
        var hot = ListSource.Person(0);
        await _host.SeedPersonalAsync(hot, _connector.ServiceUrl);
        var work = Enumerable.Range(0, 25).Select(i => ListSource.ToPerson($"hot-{i:D2}", _host.Time.GetUtcNow().AddSeconds(-60 + i), hot)).ToList();
        for (var i = 1; i <= 150; i++)
        {
            await _host.SeedPersonalAsync(ListSource.Person(i), _connector.ServiceUrl);
            work.Add(ListSource.ToPerson("fan-" + i, _host.Time.GetUtcNow().AddSeconds(-30), ListSource.Person(i)));
        }

        await Task.WhenAll(work.Select(w => _host.Outbox.EnqueueAsync(w, CancellationToken.None)));

        var report = await _host.DispatchAsync();

        Assert.Equal(175, report.Sent);
        Assert.Equal(0, teams.OverLimit);
        Assert.True(teams.RandomThrottles > 0);
        var delivered = _connector.Requests.Where(r => r.Body is not null).GroupBy(r => r.Body!["text"]!.GetValue<string>()).ToList();
        Assert.Equal(175, delivered.Count);
        Assert.InRange(RateWindowAudit.MaxInWindow(teams.Arrivals, Limits.PerTenant[0].Length), 1, 50);
        var hotCalls = teams.ByConversation[TestApp.ConversationIdFor(hot)];
        foreach (var window in Limits.PerConversation)
        {
            Assert.InRange(RateWindowAudit.MaxInWindow(hotCalls, window.Length), 1, window.Limit);
        }

        // One conversation's messages go out in due order (none was deferred here).
        var hotOrder = _connector.Requests.Where(r => r.Path.Contains(Uri.EscapeDataString(TestApp.ConversationIdFor(hot)), StringComparison.Ordinal))
            .Select(r => r.Body!["text"]!.GetValue<string>()).Distinct().ToList();
        Assert.Equal(hotOrder.Order(StringComparer.Ordinal), hotOrder);
    }

    [Fact]
    public async Task Dispatch_429WithRetryAfterOneSecond_WaitsThatLongThenSends()
    {
        var person = ListSource.Person(1);
        await _host.SeedPersonalAsync(person, _connector.ServiceUrl);
        _connector.AnswerFirst(() => CapturingConnector.Answer(429, null, ("Retry-After", "1")));
        await _host.Outbox.EnqueueAsync(ListSource.ToPerson("k1", _host.Time.GetUtcNow(), person), CancellationToken.None);

        var report = await _host.DispatchAsync();

        Assert.Equal(1, report.Sent);
        var (first, second) = (_connector.Requests[0], _connector.Requests[1]);
        Assert.InRange(second.At - first.At, TimeSpan.FromSeconds(0.95), TimeSpan.FromSeconds(3));
        Assert.Equal(2, (await _host.Outbox.FindAsync("k1", CancellationToken.None))!.Attempts);
    }
}
