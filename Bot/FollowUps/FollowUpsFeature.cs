using ForumBot.Agendas.Closing;
using ForumBot.Agendas.Actions;
using ForumBot.Agendas.Composition;
using ForumBot.FollowUps.Actions;
using ForumBot.FollowUps.Agenda;
using ForumBot.FollowUps.Cards;
using ForumBot.FollowUps.Commands;
using ForumBot.FollowUps.Delivery;
using ForumBot.FollowUps.Reminders;
using ForumBot.FollowUps.Storage;
using ForumBot.Help;
using ForumBot.Protocol.Routing;
using ForumBot.Retention;
using ForumBot.Scheduling;
using ForumBot.Storage;

namespace ForumBot.FollowUps;

public static class FollowUpsFeature
{
    /// <summary>
    /// Follow-ups: their table, store and purge; the commands to list, create and change them; the
    /// owner's card and the chairs' due-date card with their buttons; the reminders for the
    /// scheduler; the follow-ups on the forum's agenda and the "add follow-up" panel on its items. Needs AddNetwork, AddScheduling (the
    /// outbox), AddUpdates (RecipientLocales) and AddAgendas (the agenda seam).
    /// </summary>
    public static IServiceCollection AddFollowUps(this IServiceCollection services)
    {
        services.AddTable(FollowUpKeys.Table);
        services.AddSingleton<FollowUpStore>();
        services.AddSingleton<IRetentionPurge, FollowUpsPurge>();
        services.AddSingleton<FollowUpNotifier>();
        services.AddScoped<FollowUpCardGate>();
        services.AddCardActionRoute<DoneFromCardHandler>(FollowUpCardData.DoneVerb);
        services.AddCardActionRoute<CommentFromCardHandler>(FollowUpCardData.CommentVerb);
        services.AddCardActionRoute<ProposeDueFromCardHandler>(FollowUpCardData.ProposeVerb);
        services.AddCardActionRoute<AcceptDueHandler>(FollowUpCardData.AcceptVerb);
        services.AddCardActionRoute<RefuseDueHandler>(FollowUpCardData.RefuseVerb);
        services.AddSingleton<IDueWorkSource, FollowUpReminderSource>();
        services.AddMessageKindLabel(FollowUpMessages.AssignedKind, "Follow-up assigned", "Opfølgning tildelt");
        services.AddMessageKindLabel(FollowUpMessages.ReminderKind, "Follow-up reminder", "Påmindelse om opfølgning");
        services.AddMessageKindLabel(FollowUpMessages.ProposalKind, "Proposed due date", "Foreslået frist");
        services.AddMessageKindLabel(FollowUpMessages.AnswerKind, "Answer on a proposed due date", "Svar på foreslået frist");
        services.AddSingleton<IAgendaItemSource, FollowUpsAgendaSource>();
        services.AddSingleton<IAgendaItemPanel, AddFollowUpPanel>();
        services.AddSingleton<IMinutesSection, FollowUpsMinutesSection>();
        services.AddCardActionRoute<AddFollowUpFromAgendaHandler>(AddFollowUpPanel.Verb);
        services.AddCommandRoute<ListFollowUpsHandler>("followups", "opfølgninger");
        services.AddCommandRoute<CreateFollowUpHandler>("followup", "opfølgning");
        services.AddCommandRoute<MarkDoneHandler>("followup done", "opfølgning udført");
        services.AddCommandRoute<CancelHandler>("followup cancel", "opfølgning annuller");
        services.AddCommandRoute<ChangeDueHandler>("followup due", "opfølgning frist");
        services.AddCommandRoute<ReassignHandler>("followup owner", "opfølgning ansvarlig");
        services.AddHelpEntry(
            "followups [forum]",
            "opfølgninger [forum]",
            "Your follow-ups (open first, overdue marked); with a forum, or in its channel, the forum's.",
            "Dine opfølgninger (åbne først, overskredne markeret); med et forum, eller i dets kanal, forummets.");
        services.AddHelpEntry(
            "followup <forum>: <text> @<owner> due <date>",
            "opfølgning <forum>: <tekst> @<ansvarlig> senest <dato>",
            "Chairs: record a follow-up (dates like 24/12, 24.12.2026, friday, next week).",
            "Forpersoner: opret en opfølgning (datoer som 24/12, 24.12.2026, fredag, næste uge).");
        services.AddHelpEntry(
            "followup done <id>",
            "opfølgning udført <id>",
            "The owner or a chair: mark a follow-up done.",
            "Den ansvarlige eller en forperson: markér en opfølgning som udført.");
        services.AddHelpEntry(
            "followup cancel|due|owner <id> …",
            "opfølgning annuller|frist|ansvarlig <id> …",
            "Chairs: cancel a follow-up, give it a new due date, or give it to someone else (@person).",
            "Forpersoner: annullér en opfølgning, giv den en ny frist, eller giv den til en anden (@person).");
        return services;
    }
}
