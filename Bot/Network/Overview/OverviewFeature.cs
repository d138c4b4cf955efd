using ForumBot.Help;
using ForumBot.Protocol.Routing;

namespace ForumBot.Network.Overview;

public static class OverviewFeature
{
    /// <summary>The overview commands: who works on, forums, initiative, overlaps.</summary>
    public static IServiceCollection AddNetworkOverview(this IServiceCollection services)
    {
        services.AddCommandRoute<WhoWorksOnHandler>("who works on", "hvem arbejder med");
        services.AddHelpEntry("who works on <topic>", "hvem arbejder med <emne>",
            "Initiatives on a topic: target group, organisations, contacts.",
            "Indsatser inden for et emne: målgruppe, organisationer, kontaktpersoner.");
        services.AddCommandRoute<ForumsHandler>("forums", "fora");
        services.AddHelpEntry("forums", "fora",
            "Every forum: level, chairs, next meeting, channel.",
            "Alle fora: niveau, forpersoner, næste møde, kanal.");
        services.AddCommandRoute<InitiativeHandler>("initiative", "indsats");
        services.AddHelpEntry("initiative <name or id>", "indsats <navn eller id>",
            "One initiative in full.",
            "Én indsats i detaljer.");
        services.AddCommandRoute<OverlapsHandler>("overlaps", "overlap");
        services.AddHelpEntry("overlaps", "overlap",
            "Initiatives with the same topic and overlapping age groups.",
            "Indsatser med samme emne og overlappende aldersgrupper.");
        return services;
    }
}
