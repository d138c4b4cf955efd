namespace ForumBot.Agendas.Model;

/// <summary>
/// The agenda's sections in the order the issue gives them. Orders leave gaps for the sections
/// still to come: escalations (300), follow-ups (400), carried over (500), proposals (600).
/// </summary>
public static class AgendaSections
{
    public static AgendaSection Standing { get; } = new("standing", 100, new("Standing items", "Faste punkter"));

    public static AgendaSection Concerns { get; } = new("concerns", 200, new("Initiatives that need the forum", "Indsatser, der har brug for forummet"));

    public static AgendaSection MissingUpdates { get; } = new("missing-updates", 700, new("No update received", "Ingen opdatering modtaget"));
}
