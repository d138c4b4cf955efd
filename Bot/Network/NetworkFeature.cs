using ForumBot.Cli;
using ForumBot.Help;
using ForumBot.Network.Access;
using ForumBot.Network.Admin;
using ForumBot.Network.Channels;
using ForumBot.Network.Overview;
using ForumBot.Network.Registry;
using ForumBot.Protocol.Routing;
using ForumBot.Storage;

namespace ForumBot.Network;

public static class NetworkFeature
{
    /// <summary>
    /// The network registry: its table, the cached directory (INetworkReader), sender identity,
    /// the import/export admin commands, the "who am i" command, the overview commands and forum
    /// channels (which need AddTeamsConversations for the conversation references).
    /// </summary>
    public static IServiceCollection AddNetwork(this IServiceCollection services)
    {
        services.AddOptions<NetworkOptions>()
            .BindConfiguration(NetworkOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddTable(TableNames.Network);
        services.AddSingleton<NetworkTable>();
        services.AddSingleton<NetworkDirectory>();
        services.AddSingleton<INetworkReader>(sp => sp.GetRequiredService<NetworkDirectory>());
        services.AddSingleton<NetworkIdentity>();
        services.AddSingleton<NetworkImporter>();
        services.AddCliCommand<ImportCommand>();
        services.AddCliCommand<ExportCommand>();
        services.AddCommandRoute<WhoAmIHandler>("who am i", "whoami", "hvem er jeg");
        services.AddHelpEntry("who am i", "hvem er jeg",
            "How the network knows you: organisation, roles, forums, initiatives.",
            "Hvordan netværket kender dig: organisation, roller, fora, indsatser.");
        services.AddNetworkOverview();
        services.AddForumChannels();
        return services;
    }
}
