using ForumBot.FollowUps.Storage;
using ForumBot.Storage;

namespace ForumBot.FollowUps;

public static class FollowUpsFeature
{
    /// <summary>Follow-ups: their table and store, and the commands to list and create them (needs AddNetwork).</summary>
    public static IServiceCollection AddFollowUps(this IServiceCollection services)
    {
        services.AddTable(FollowUpKeys.Table);
        services.AddSingleton<FollowUpStore>();
        return services;
    }
}
