using ForumBot.Protocol;
using ForumBot.Protocol.Routing;

namespace ForumBot.Help;

public static class HelpFeature
{
    public static IServiceCollection AddHelp(this IServiceCollection services) =>
        services
            .AddCommandRoute<HelpHandler>("help", "hjælp", "?")
            .AddFallbackRoute<HelpHandler>()
            .AddActivityRoute<WelcomeHandler>(ActivityTypes.InstallationUpdate)
            .AddHelpEntry("help", "hjælp", "Show this overview of commands.", "Vis denne oversigt over kommandoer.");
}
