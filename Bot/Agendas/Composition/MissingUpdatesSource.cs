using ForumBot.Agendas.Model;

namespace ForumBot.Agendas.Composition;

/// <summary>
/// "No update from …": the forum's initiatives without an update for the meeting, in the file's
/// order. The contacts' names are for the chairs only: the others see which initiative, not who.
/// </summary>
public sealed class MissingUpdatesSource : IAgendaItemSource
{
    public AgendaSection Section => AgendaSections.MissingUpdates;

    public ValueTask<IReadOnlyList<AgendaItem>> ItemsAsync(AgendaContext context, CancellationToken cancellationToken) => new(Items(context));

    public static IReadOnlyList<AgendaItem> Items(AgendaContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. context.Initiatives
            .Where(i => !context.Updates.ContainsKey(i.Id))
            .Select(i => new AgendaItem(
                $"missing:{i.Id}",
                new($"No update from {i.Name}", $"Ingen opdatering fra {i.Name}"),
                AgendaText.Same(context.OrganisationName(i.OwnerId)),
                [new(new("Contacts", "Kontaktpersoner"), AgendaText.Same(string.Join(", ", i.Contacts.Select(context.PersonName))), AgendaAudience.Chairs)]))];
    }
}
