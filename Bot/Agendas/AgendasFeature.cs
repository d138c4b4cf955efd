using ForumBot.Agendas.Actions;
using ForumBot.Agendas.Closing;
using ForumBot.Agendas.Composition;
using ForumBot.Agendas.Handlers;
using ForumBot.Agendas.Meetings;
using ForumBot.Agendas.Posting;
using ForumBot.Agendas.Proposals;
using ForumBot.Help;
using ForumBot.Protocol.Routing;
using ForumBot.Scheduling;
using ForumBot.Storage;

namespace ForumBot.Agendas;

public static class AgendasFeature
{
    /// <summary>
    /// Agendas: the draft of a forum's next agenda, composed from every <see cref="IAgendaItemSource"/>
    /// (registered here: standing items, initiatives that need the forum, carried-over items, proposals,
    /// missing updates; other
    /// features add theirs in their own AddX), the Meetings table (what is stored about each meeting),
    /// the gate and item card for actions on agenda items (features add IAgendaItemPanel; Agendas' own
    /// is the decision panel) and their verbs, proposals, closing a meeting (the command and the
    /// automatic close at the end time, with carry-over and minutes; features add IMinutesSection),
    /// and the commands. Reads Updates' store and locales: needs AddUpdates; enqueues through IOutbox: needs AddScheduling.
    /// </summary>
    public static IServiceCollection AddAgendas(this IServiceCollection services)
    {
        services.AddTable(MeetingKeys.Table);
        services.AddSingleton<MeetingStore>();
        services.AddSingleton<AgendaItemCards>();
        services.AddScoped<AgendaItemGate>();
        services.AddSingleton<IAgendaItemSource, StandingItemsSource>();
        services.AddSingleton<IAgendaItemSource, UpdateConcernsSource>();
        services.AddSingleton<IAgendaItemSource, CarriedOverSource>();
        services.AddSingleton<IAgendaItemSource, ProposalsSource>();
        services.AddSingleton<IAgendaItemSource, MissingUpdatesSource>();
        services.AddSingleton<AgendaDrafts>();
        services.AddSingleton<AgendaPostTargets>();
        services.AddSingleton<AgendaPostRecords>();
        services.AddSingleton<IDueWorkSource, AgendaPostSource>();
        services.AddSingleton<IPeriodicJob, AgendaRefreshJob>();
        services.AddMessageKindLabel(AgendaPostKeys.PostKind, "Agenda", "Dagsorden");
        services.AddMessageKindLabel(AgendaPostKeys.UpdateKind, "Agenda update", "Opdatering af dagsorden");
        services.AddCommandRoute<AgendaHandler>("agenda", "dagsorden");
        services.AddHelpEntry(
            "agenda [forum]",
            "dagsorden [forum]",
            "The draft agenda of a forum's next meeting; in the forum's channel the forum is implied. Chairs mark items discussed and open them from the card.",
            "Udkastet til dagsordenen for et forums næste møde; i forummets kanal er forummet givet. Forpersoner markerer punkter som drøftet og åbner dem fra kortet.");
        services.AddItemActions();
        services.AddProposals();
        services.AddClosing();
        return services;
    }

    private static void AddItemActions(this IServiceCollection services)
    {
        services.AddSingleton<AgendaAnswers>();
        services.AddSingleton<IAgendaItemPanel, DecisionPanel>();
        services.AddCardActionRoute<DiscussedHandler>(AgendaVerbs.Discussed);
        services.AddCardActionRoute<OpenItemHandler>(AgendaVerbs.Open);
        services.AddCardActionRoute<ShowAgendaHandler>(AgendaVerbs.Show);
        services.AddCardActionRoute<DecisionHandler>(AgendaVerbs.Decision);
        services.AddCardActionRoute<RemoveProposalHandler>(AgendaVerbs.Remove);
    }

    private static void AddProposals(this IServiceCollection services)
    {
        services.AddCommandRoute<ProposeHandler>("propose", "foreslå");
        services.AddHelpEntry(
            "propose <forum>: <text>",
            "foreslå <forum>: <tekst>",
            "Chairs and members: propose an item for the forum's next meeting; in the forum's channel the forum may be left out.",
            "Forpersoner og medlemmer: foreslå et punkt til forummets næste møde; i forummets kanal kan forummet udelades.");
    }

    private static void AddClosing(this IServiceCollection services)
    {
        services.AddSingleton<MinutesPoster>();
        services.AddSingleton<MeetingCloser>();
        services.AddSingleton<IPeriodicJob, AutoCloseJob>();
        services.AddMessageKindLabel(MinutesPoster.Kind, "Meeting minutes", "Mødereferat");
        services.AddCommandRoute<CloseMeetingHandler>("close meeting", "afslut møde");
        services.AddHelpEntry(
            "close meeting <forum>",
            "afslut møde <forum>",
            "Chairs: end the meeting (else it ends at its end time); items not discussed go to the next agenda, the minutes to the agenda's thread.",
            "Forpersoner: afslut mødet (ellers slutter det ved sluttidspunktet); punkter, der ikke blev drøftet, går til næste dagsorden, referatet til dagsordenens tråd.");
    }
}
