using ForumBot.Help;
using ForumBot.Protocol.Routing;
using ForumBot.Retention;
using ForumBot.Scheduling;
using ForumBot.Storage;
using ForumBot.Updates.Cards;
using ForumBot.Updates.Handlers;
using ForumBot.Updates.Requests;
using ForumBot.Updates.Storage;

namespace ForumBot.Updates;

public static class UpdatesFeature
{
    /// <summary>
    /// Frontline updates: the request and reminder sources for the scheduler, the update card's
    /// submit and edit actions, the quick text update command, its two tables and their purge
    /// (which reads the network's time zone: needs AddNetwork). Other features
    /// learn of every saved update through <see cref="IUpdateSavedListener"/>.
    /// </summary>
    public static IServiceCollection AddUpdates(this IServiceCollection services)
    {
        services.AddTable(UpdateTables.Updates);
        services.AddTable(UpdateTables.History);
        services.AddSingleton<UpdateStore>();
        services.AddSingleton<IRetentionPurge, UpdatesPurge>();
        services.AddSingleton<OpenRequests>();
        services.AddSingleton<RecipientLocales>();
        services.AddSingleton<UpdateSavedListeners>();
        services.AddScoped<UpdateCardGate>();
        services.AddSingleton<IDueWorkSource, UpdateRequestSource>();
        services.AddSingleton<IDueWorkSource, UpdateReminderSource>();
        services.AddMessageKindLabel(UpdateRequestCards.RequestKind, "Update request", "Anmodning om opdatering");
        services.AddMessageKindLabel(UpdateRequestCards.ReminderKind, "Update reminder", "Påmindelse om opdatering");
        services.AddCardActionRoute<SubmitUpdateHandler>(UpdateCardData.SubmitVerb);
        services.AddCardActionRoute<EditUpdateHandler>(UpdateCardData.EditVerb);
        services.AddCommandRoute<QuickUpdateHandler>("update", "opdatering");
        services.AddHelpEntry(
            "update <initiative>: <text>",
            "opdatering <indsats>: <tekst>",
            "Tell your forum what went well in an initiative, without opening the card.",
            "Fortæl dit forum, hvad der gik godt i en indsats, uden at åbne kortet.");
        return services;
    }
}
