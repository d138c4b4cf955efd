using ForumBot.Protocol;
using ForumBot.Teams;
using Microsoft.Extensions.Options;

namespace ForumBot.Scheduling.Outbox;

/// <summary>A conversation a message can be posted into now.</summary>
internal sealed record DeliveryConversation(string ConversationId, Uri ServiceUrl, string Tenant, ChannelAccount? Bot);

/// <summary>Where a target leads: a known conversation, a 1:1 that must be opened first, or nowhere.</summary>
internal abstract record Resolution
{
    public sealed record Ready(DeliveryConversation Conversation) : Resolution;

    public sealed record NeedsOpening(string TenantId, Uri ServiceUrl, ChannelAccount Bot) : Resolution;

    public sealed record Unreachable(string Detail) : Resolution;
}

/// <summary>
/// Finds the conversation for a message target from the stored conversation references. A person
/// without an active 1:1 gets one opened with the serviceUrl and bot account of their tenant's
/// entry; the new reference is stored so the next message goes straight to it. The tenant is the
/// one of their old reference, else MicrosoftAppTenantId, else the only ForumBot:AllowedTenants
/// entry, else the only tenant entry in ConversationRefs (a single-tenant setup without the
/// setting, e.g. the Agents Playground); with none of these, or several candidates, the row fails.
/// </summary>
internal sealed class DeliveryTargets(ConversationReferenceStore references, IOptions<BotFrameworkOptions> botFramework, TimeProvider time)
{
    private const string UnknownTenant = "unknown-tenant";

    public async Task<Resolution> ResolveAsync(MessageTarget target, CancellationToken cancellationToken)
    {
        switch (target)
        {
            case MessageTarget.Conversation conversation:
                var stored = await references.GetAsync(conversation.Kind, conversation.Key, cancellationToken);
                return stored switch
                {
                    null => new Resolution.Unreachable("no stored conversation"),
                    { Active: false } => new Resolution.Unreachable("conversation inactive: " + (stored.DeadReason ?? "unknown")),
                    _ => new Resolution.Ready(ToConversation(stored)),
                };
            case MessageTarget.Person person:
                var personal = await references.GetAsync(ConversationKinds.Personal, person.AadObjectId, cancellationToken);
                if (personal is { Active: true, ConversationId.Length: > 0 })
                {
                    return new Resolution.Ready(ToConversation(personal));
                }

                return await OpeningAsync(personal, cancellationToken);
            default:
                throw new ArgumentOutOfRangeException(nameof(target));
        }
    }

    public Task RememberOpenedAsync(string aadObjectId, Resolution.NeedsOpening opening, string conversationId, Uri serviceUrl, CancellationToken cancellationToken) =>
        references.UpsertAsync(new ConversationReference(
            ConversationKinds.Personal, aadObjectId, conversationId, serviceUrl, opening.TenantId, opening.Bot.Id, opening.Bot.Name,
            UserId: null, aadObjectId, TeamId: null, ChannelId: null, Locale: null, Active: true, DeadReason: null, time.GetUtcNow()), cancellationToken);

    public Task MarkInactiveAsync(MessageTarget target, string reason, CancellationToken cancellationToken) => target switch
    {
        MessageTarget.Person person => references.MarkInactiveAsync(ConversationKinds.Personal, person.AadObjectId, reason, cancellationToken),
        MessageTarget.Conversation conversation => references.MarkInactiveAsync(conversation.Kind, conversation.Key, reason, cancellationToken),
        _ => Task.CompletedTask,
    };

    private async Task<Resolution> OpeningAsync(ConversationReference? previous, CancellationToken cancellationToken)
    {
        var settings = botFramework.Value;
        var tenantId = NonEmpty(previous?.TenantId) ?? NonEmpty(settings.MicrosoftAppTenantId) ?? OnlyOne(settings.AllowedTenants)
            ?? OnlyOne((await references.ListAsync(ConversationKinds.Tenant, 2, cancellationToken)).Select(t => t.Key).ToList());
        if (tenantId is null)
        {
            return new Resolution.Unreachable("no 1:1 with the person and no tenant id to open one "
                + "(set MicrosoftAppTenantId; without it, a single ForumBot:AllowedTenants entry or a single tenant known from inbound activity is used)");
        }

        var tenant = await references.GetAsync(ConversationKinds.Tenant, tenantId, cancellationToken);
        var serviceUrl = tenant?.ServiceUrl ?? previous?.ServiceUrl;
        if (serviceUrl is null)
        {
            return new Resolution.Unreachable($"no serviceUrl known for tenant {tenantId}: nobody there has written to the bot yet");
        }

        var botId = NonEmpty(tenant?.BotId) ?? NonEmpty(previous?.BotId) ?? (settings.MicrosoftAppId is { Length: > 0 } appId ? "28:" + appId : null);
        if (botId is null)
        {
            return new Resolution.Unreachable("the bot's own account is unknown (no tenant entry and no MicrosoftAppId)");
        }

        return new Resolution.NeedsOpening(tenantId, serviceUrl, new ChannelAccount { Id = botId, Name = tenant?.BotName ?? previous?.BotName });
    }

    private static DeliveryConversation ToConversation(ConversationReference reference) => new(
        reference.ConversationId,
        reference.ServiceUrl,
        reference.TenantId ?? UnknownTenant,
        reference.BotId is null ? null : new ChannelAccount { Id = reference.BotId, Name = reference.BotName });

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string? OnlyOne(IReadOnlyList<string> candidates) => candidates.Count == 1 ? NonEmpty(candidates[0]) : null;
}
