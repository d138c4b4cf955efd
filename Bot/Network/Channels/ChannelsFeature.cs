using ForumBot.Help;
using ForumBot.Protocol.Routing;
using ForumBot.Storage;
using ForumBot.Teams;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ForumBot.Network.Channels;

public static class ChannelsFeature
{
    /// <summary>Linking a Teams channel to a forum, and <see cref="ForumChannels"/> for features that post there.</summary>
    public static IServiceCollection AddForumChannels(this IServiceCollection services)
    {
        services.AddTable(ForumChannels.TableRole);

        // The Teams layer registers the store too; this keeps the network feature whole in hosts without it (the admin CLI, tests).
        services.TryAddSingleton<ConversationReferenceStore>();
        services.AddSingleton<ForumChannels>();
        services.AddCommandRoute<LinkForumHandler>("link forum", "tilknyt forum");
        services.AddHelpEntry("link forum <id or name>", "tilknyt forum <id eller navn>",
            "In a channel: make it the forum's channel in ForumBot (chairs and admins).",
            "I en kanal: gør den til forummets kanal i ForumBot (forpersoner og administratorer).");
        return services;
    }
}
