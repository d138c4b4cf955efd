using System.Diagnostics;
using ForumBot.Network;
using ForumBot.Protocol;
using ForumBot.Scheduling;
using ForumBot.Scheduling.Outbox;
using ForumBot.Storage;
using ForumBot.Teams;
using ForumBot.Tests.Scheduling.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;

namespace ForumBot.Bench;

/// <summary>What one fan-out run measured.</summary>
internal sealed record FanOutResult(
    int Messages, double ThrottleRate, TimeSpan Enqueue, TimeSpan Dispatch, int Calls, int RandomThrottles, int OverLimit,
    int MaxPerTenantSecond, int MaxPerConversationSecond, int MaxPerConversation2s, int MaxPerConversation30s, int Lost, int Duplicates,
    int SentRows, int FailedRows, int PendingRows)
{
    /// <summary>The tenant limit's bound: messages / 50 per second.</summary>
    public TimeSpan Bound => TimeSpan.FromSeconds(Messages / 50.0);
}

/// <summary>
/// One fan-out: N people with a 1:1 each, one message to every one of them enqueued at once,
/// then one dispatch round (the service's own composition, scheduler lease aside) timed until
/// the outbox is drained.
/// </summary>
internal static class FanOut
{
    public static async Task<FanOutResult> RunAsync(string tables, int messages, double throttleRate, int seed)
    {
        await using var connector = await MockConnector.StartAsync(throttleRate, seed);
        await using var services = Compose(tables);
        await services.GetRequiredService<TableStore>().EnsureTablesAsync(CancellationToken.None);
        var references = services.GetRequiredService<ConversationReferenceStore>();
        var people = Enumerable.Range(0, messages).Select(i => $"d0000000-0000-4000-8000-{i:D12}").ToList();
        await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (aad, token) =>
            await references.UpsertAsync(new ConversationReference(ConversationKinds.Personal, aad, "a:" + aad, connector.ServiceUrl, "bench-tenant",
                "28:bench", "ForumBot", "29:" + aad, aad, null, null, "da-DK", true, null, DateTimeOffset.UtcNow), token));

        var outbox = services.GetRequiredService<IOutbox>();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (aad, token) =>
            await outbox.EnqueueAsync(new DueWork("digest|2026-W49|" + aad, "digest", DateTimeOffset.UtcNow.AddSeconds(-1), new MessageTarget.Person(aad),
                MessageFactory.Text("digest|2026-W49|" + aad), "bench"), token));
        var enqueue = clock.Elapsed;

        clock.Restart();
        var now = DateTimeOffset.UtcNow;
        await services.GetRequiredService<OutboxDispatcher>().DispatchAsync("bench", null, now.AddMinutes(10), now.AddMinutes(11), CancellationToken.None);
        var dispatch = clock.Elapsed;

        var store = services.GetRequiredService<OutboxStore>();
        var (pending, _) = await store.PendingAsync(CancellationToken.None);
        var (_, failed) = await store.FailuresAsync(0, CancellationToken.None);
        var delivered = connector.Delivered.ToList();
        var perConversation = connector.Limits.ByConversation.Values.ToList();
        return new FanOutResult(messages, throttleRate, enqueue, dispatch, connector.Calls, connector.Limits.RandomThrottles, connector.Limits.OverLimit,
            RateWindowAudit.MaxInWindow(connector.Limits.Arrivals, TimeSpan.FromSeconds(1)),
            perConversation.Max(c => RateWindowAudit.MaxInWindow(c, TimeSpan.FromSeconds(1))),
            perConversation.Max(c => RateWindowAudit.MaxInWindow(c, TimeSpan.FromSeconds(2))),
            perConversation.Max(c => RateWindowAudit.MaxInWindow(c, TimeSpan.FromSeconds(30))),
            messages - delivered.Distinct(StringComparer.Ordinal).Count(),
            delivered.Count - delivered.Distinct(StringComparer.Ordinal).Count(),
            messages - failed - pending, failed, pending);
    }

    private static ServiceProvider Compose(string tables)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = tables,
            ["Storage:TablePrefix"] = "bench" + Guid.NewGuid().ToString("N")[..10],
            ["MicrosoftAppId"] = string.Empty,
            ["Scheduling:MaxAttempts"] = "20",
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Error))
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Development }); // unauthenticated mode, as `run`
        services.AddTableStorage(configuration).AddBotProtocol(configuration).AddTeamsConversations().AddNetwork().AddScheduling();
        return services.BuildServiceProvider();
    }
}
