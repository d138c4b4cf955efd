using ForumBot.Protocol;
using ForumBot.Protocol.Routing;
using ForumBot.Retention;

namespace ForumBot.Teams;

public static class TeamsFeature
{
    /// <summary>Conversation references, redelivery protection and the lifecycle activities.</summary>
    public static IServiceCollection AddTeamsConversations(this IServiceCollection services)
    {
        services.AddSingleton<ConversationReferenceStore>();
        services.AddScoped<ITurnInterceptor, RedeliveryGuard>();
        services.AddScoped<ITurnInterceptor, ConversationReferenceInterceptor>();
        services.AddSingleton<IRetentionPurge, ConversationReferencePurge>();
        services.AddSingleton<IRetentionPurge, DedupePurge>();
        services.AddActivityRoute<LifecycleHandler>(ActivityTypes.ConversationUpdate);
        return services;
    }
}
