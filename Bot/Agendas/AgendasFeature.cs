using ForumBot.Agendas.Actions;
using ForumBot.Agendas.Composition;
using ForumBot.Agendas.Handlers;
using ForumBot.Agendas.Meetings;
using ForumBot.Help;
using ForumBot.Protocol.Routing;
using ForumBot.Storage;

namespace ForumBot.Agendas;

public static class AgendasFeature
{
    /// <summary>
    /// Agendas: the draft of a forum's next agenda, composed from every <see cref="IAgendaItemSource"/>
    /// (registered here: standing items, initiatives that need the forum, missing updates; other
    /// features add theirs in their own AddX), the Meetings table (what is stored about each meeting),
/// the gate and item card for actions on agenda items (features add IAgendaItemPanel), and the
/// "agenda" command. Reads Updates' store: needs AddUpdates.
    /// </summary>
    public static IServiceCollection AddAgendas(this IServiceCollection services)
    {
        services.AddTable(MeetingKeys.Table);
        services.AddSingleton<MeetingStore>();
        services.AddSingleton<AgendaItemCards>();
        services.AddScoped<AgendaItemGate>();
        services.AddSingleton<IAgendaItemSource, StandingItemsSource>();
        services.AddSingleton<IAgendaItemSource, UpdateConcernsSource>();
        services.AddSingleton<IAgendaItemSource, MissingUpdatesSource>();
        services.AddSingleton<AgendaDrafts>();
        services.AddCommandRoute<AgendaHandler>("agenda", "dagsorden");
        services.AddHelpEntry(
            "agenda [forum]",
            "dagsorden [forum]",
            "The draft agenda of a forum's next meeting; in the forum's channel the forum is implied.",
            "Udkastet til dagsordenen for et forums næste møde; i forummets kanal er forummet givet.");
        return services;
    }
}
