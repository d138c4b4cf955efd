using ForumBot.Scheduling;
using ForumBot.Scheduling.Outbox;
using ForumBot.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace ForumBot.Tests.Fixtures;

/// <summary>The scheduler's parts, driven by tests themselves, and the conversation references deliveries need.</summary>
public sealed partial class TestApp
{
    public const string Tenant = TeamsActivities.TenantId;

    public OutboxStore Outbox => Get<OutboxStore>();

    internal OutboxDispatcher Dispatcher => Get<OutboxDispatcher>();

    internal OutboxSender Sender => Get<OutboxSender>();

    internal SchedulerService Scheduler => Get<SchedulerService>();

    public ConversationReferenceStore References => Get<ConversationReferenceStore>();

    public static string ConversationIdFor(string aadObjectId) => "a:personal-" + aadObjectId;

    /// <summary>A 1:1 the bot already has with <paramref name="aadObjectId"/>, at the given connector.</summary>
    public Task SeedPersonalAsync(string aadObjectId, Uri serviceUrl, bool active = true)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        return References.UpsertAsync(new ConversationReference(ConversationKinds.Personal, aadObjectId, ConversationIdFor(aadObjectId), serviceUrl,
            Tenant, TeamsActivities.BotId, "ForumBot", "29:" + aadObjectId, aadObjectId, null, null, "da-DK", active, null, Time.GetUtcNow()), CancellationToken.None);
    }

    /// <summary>The tenant's serviceUrl and bot account, as the first inbound activity from the tenant leaves them.</summary>
    public Task SeedTenantAsync(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        return References.UpsertAsync(new ConversationReference(ConversationKinds.Tenant, Tenant, string.Empty, serviceUrl,
            Tenant, TeamsActivities.BotId, "ForumBot", null, null, null, null, null, true, null, Time.GetUtcNow()), CancellationToken.None);
    }

    /// <summary>One dispatch round as a lease holder would run it, with a claim of <paramref name="claimFor"/>.</summary>
    public Task<DispatchReport> DispatchAsync(DateTimeOffset? dueBy = null, TimeSpan? claimFor = null, string holder = "test", CancellationToken cancellationToken = default)
    {
        var claimUntil = Time.GetUtcNow() + (claimFor ?? TimeSpan.FromSeconds(60));
        return Dispatcher.DispatchAsync(holder, dueBy, claimUntil - TimeSpan.FromSeconds(16), claimUntil, cancellationToken);
    }

    /// <summary>What the work source <typeparamref name="TSource"/> finds due between the instants; each card is dumped.</summary>
    public async Task<List<DueWork>> DueAsync<TSource>(DateTimeOffset from, DateTimeOffset to)
        where TSource : IDueWorkSource
    {
        var source = Services.GetServices<IDueWorkSource>().OfType<TSource>().Single();
        var due = new List<DueWork>();
        await foreach (var work in source.FindDueAsync(from, to, CancellationToken.None))
        {
            due.Add(work);
            CardDump.WriteAttachments(System.Text.Json.JsonSerializer.SerializeToNode(work.Activity, ForumBot.Protocol.ProtocolJson.Default.OutgoingActivity));
        }

        return due;
    }
}
