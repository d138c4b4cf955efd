namespace ForumBot.Agendas.Model;

/// <summary>
/// The agenda's sections in the order the issue gives them. Orders leave gaps for the sections
/// other features bring: escalations (300, answers 310), follow-ups (400).
/// </summary>
public static class AgendaSections
{
    public static AgendaSection Standing { get; } = new("standing", 100, new("Standing items", "Faste punkter"));

    public static AgendaSection Concerns { get; } = new("concerns", 200, new("Initiatives that need the forum", "Indsatser, der har brug for forummet"));

    public static AgendaSection CarriedOver { get; } = new("carried", 500, new("Carried over", "Overført"));

    public static AgendaSection Proposals { get; } = new("proposals", 600, new("Proposed by members", "Foreslået af medlemmer"));

    public static AgendaSection MissingUpdates { get; } = new("missing-updates", 700, new("No update received", "Ingen opdatering modtaget"));
}
