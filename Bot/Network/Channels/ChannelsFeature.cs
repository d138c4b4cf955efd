using ForumBot.Help;
using ForumBot.Protocol.Routing;
using ForumBot.Storage;

namespace ForumBot.Network.Channels;

public static class ChannelsFeature
{
    /// <summary>Linking a Teams channel to a forum, and <see cref="ForumChannels"/> for features that post there.</summary>
    public static IServiceCollection AddForumChannels(this IServiceCollection services)
    {
        services.AddTable(ForumChannels.TableRole);
        services.AddSingleton<ForumChannels>();
        services.AddSingleton<ForumOfTurn>();
        services.AddCommandRoute<LinkForumHandler>("link forum", "tilknyt forum");
        services.AddHelpEntry("link forum <id or name>", "tilknyt forum <id eller navn>",
            "In a channel: make it the forum's channel in ForumBot (chairs and admins).",
            "I en kanal: gør den til forummets kanal i ForumBot (forpersoner og administratorer).");
        return services;
    }
}
