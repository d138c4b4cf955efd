using ForumBot.Agendas.Model;

namespace ForumBot.Escalations.Agenda;

/// <summary>The escalations' agenda sections (orders as in the shared design: escalations 300, answers 310).</summary>
public static class EscalationSections
{
    public static AgendaSection Escalated { get; } = new("escalations", 300, new("Escalated to this forum", "Eskaleret til forummet"));

    public static AgendaSection Answers { get; } = new("escalation-answers", 310, new("Answers from other forums", "Svar fra andre fora"));
}
