using ForumBot.Agendas.Closing;
using ForumBot.Agendas.Actions;
using ForumBot.Agendas.Composition;
using ForumBot.Escalations.Actions;
using ForumBot.Escalations.Agenda;
using ForumBot.Escalations.Creation;
using ForumBot.Escalations.Delivery;
using ForumBot.Escalations.Storage;
using ForumBot.Protocol.Routing;
using ForumBot.Scheduling;
using ForumBot.Storage;
using ForumBot.Updates;

namespace ForumBot.Escalations;

public static class EscalationsFeature
{
    /// <summary>
    /// Escalations between forums: their table and store; raised from a saved update that asks for
    /// it (an <see cref="IUpdateSavedListener"/>, made up for by a reconciling <see cref="IPeriodicJob"/>)
    /// and from an agenda item ("Escalate" on the item card); on the receiving forum's agenda with
    /// the answer panel, and the answer back 1:1 and on the raising forum's agenda. Needs AddUpdates,
    /// AddAgendas, AddFollowUps and AddScheduling (the outbox).
    /// </summary>
    public static IServiceCollection AddEscalations(this IServiceCollection services)
    {
        services.AddTable(EscalationKeys.Table);
        services.AddSingleton<EscalationStore>();
        services.AddSingleton<UpdateEscalations>();
        services.AddSingleton<IUpdateSavedListener>(sp => sp.GetRequiredService<UpdateEscalations>());
        services.AddSingleton<EscalationAnswerDelivery>();
        services.AddSingleton<IPeriodicJob, EscalationReconcileJob>();
        services.AddSingleton<IAgendaItemSource, EscalationsSource>();
        services.AddSingleton<IAgendaItemSource, EscalationAnswersSource>();
        services.AddSingleton<IAgendaItemPanel, EscalatePanel>();
        services.AddSingleton<IAgendaItemPanel, AnswerPanel>();
        services.AddSingleton<IMinutesSection, EscalationsMinutesSection>();
        services.AddCardActionRoute<EscalateHandler>(EscalatePanel.Verb);
        services.AddCardActionRoute<AnswerHandler>(AnswerPanel.Verb);
        services.AddMessageKindLabel(EscalationAnswerCard.Kind, "Answer to an escalation", "Svar på en eskalering");
        return services;
    }
}
