using ForumBot.Protocol;
using ForumBot.Retention;

namespace ForumBot.Teams;

public static class TeamsFeature
{
    /// <summary>
    /// Conversation references: kept current from every turn (after the protocol's redelivery
    /// guard, so call after AddBotProtocol), and purged once inactive. conversationUpdate needs
    /// no handler: the interceptor has stored or retired the reference, and the dispatcher
    /// answers 200 to activity types nothing routes.
    /// </summary>
    public static IServiceCollection AddTeamsConversations(this IServiceCollection services)
    {
        services.AddSingleton<ConversationReferenceStore>();
        services.AddScoped<ITurnInterceptor, ConversationReferenceInterceptor>();
        services.AddSingleton<IRetentionPurge, ConversationReferencePurge>();
        return services;
    }
}
