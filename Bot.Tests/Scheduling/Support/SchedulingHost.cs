using ForumBot.Network;
using ForumBot.Protocol;
using ForumBot.Scheduling;
using ForumBot.Scheduling.Outbox;
using ForumBot.Storage;
using ForumBot.Teams;
using ForumBot.Tests.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;

namespace ForumBot.Tests.Scheduling.Support;

/// <summary>
/// The scheduling feature wired as the service wires it (storage, protocol, Teams references,
/// network, scheduling) over the shared Azurite, with its own table prefix and clock. Two hosts
/// with one prefix act as two instances of the service.
/// </summary>
public sealed class SchedulingHost : IAsyncDisposable
{
    public const string Tenant = TeamsActivities.TenantId;
    private readonly ServiceProvider _services;

    private SchedulingHost(ServiceProvider services, string prefix, TimeProvider time)
    {
        _services = services;
        TablePrefix = prefix;
        Time = time;
    }

    public string TablePrefix { get; }

    public TimeProvider Time { get; }

    public OutboxStore Outbox => Get<OutboxStore>();

    internal OutboxDispatcher Dispatcher => Get<OutboxDispatcher>();

    internal OutboxSender Sender => Get<OutboxSender>();

    internal SchedulerService Scheduler => Get<SchedulerService>();

    public ConversationReferenceStore References => Get<ConversationReferenceStore>();

    public static async Task<SchedulingHost> StartAsync(string? prefix = null, TimeProvider? time = null, IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        prefix ??= Azurite.UniquePrefix();
        time ??= TestClock.Provider();
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = Azurite.ConnectionString,
            ["Storage:TablePrefix"] = prefix,
            ["MicrosoftAppId"] = string.Empty,
            ["Scheduling:RetryBaseDelayMilliseconds"] = "20",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(time)
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Development }); // unauthenticated mode, as `run`
        services.AddTableStorage(configuration).AddBotProtocol(configuration).AddTeamsConversations().AddNetwork().AddScheduling(configuration);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        // As the host would: the initializer creates the tables, and the scheduler waits for it.
        var tables = provider.GetRequiredService<TableInitializer>();
        await tables.StartAsync(CancellationToken.None);
        await tables.WhenReady(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        return new SchedulingHost(provider, prefix, time);
    }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>A 1:1 the bot already has with <paramref name="aadObjectId"/>, at the given connector.</summary>
    public Task SeedPersonalAsync(string aadObjectId, Uri serviceUrl, bool active = true) =>
        References.UpsertAsync(new ConversationReference(ConversationKinds.Personal, aadObjectId, ConversationIdFor(aadObjectId), serviceUrl,
            Tenant, TeamsActivities.BotId, "ForumBot", "29:" + aadObjectId, aadObjectId, null, null, "da-DK", active, null, Time.GetUtcNow()), CancellationToken.None);

    /// <summary>The tenant's serviceUrl and bot account, as the first inbound activity from the tenant leaves them.</summary>
    public Task SeedTenantAsync(Uri serviceUrl) =>
        References.UpsertAsync(new ConversationReference(ConversationKinds.Tenant, Tenant, string.Empty, serviceUrl,
            Tenant, TeamsActivities.BotId, "ForumBot", null, null, null, null, null, true, null, Time.GetUtcNow()), CancellationToken.None);

    public static string ConversationIdFor(string aadObjectId) => "a:personal-" + aadObjectId;

    /// <summary>One dispatch round as a lease holder would run it, with a claim of <paramref name="claimFor"/>.</summary>
    public Task<DispatchReport> DispatchAsync(DateTimeOffset? dueBy = null, TimeSpan? claimFor = null, string holder = "test", CancellationToken cancellationToken = default)
    {
        var claimUntil = Time.GetUtcNow() + (claimFor ?? TimeSpan.FromSeconds(60));
        return Dispatcher.DispatchAsync(holder, dueBy, claimUntil - TimeSpan.FromSeconds(16), claimUntil, cancellationToken);
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}
