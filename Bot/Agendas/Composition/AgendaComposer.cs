using ForumBot.Agendas.Model;

namespace ForumBot.Agendas.Composition;

/// <summary>
/// The agenda from every source's items: sections in their order (empty ones left out), each
/// section's items in the source's order, numbered 1…n across the agenda; items a chair removed
/// (their mark in the meeting's record) are left out. Pure.
/// </summary>
public static class AgendaComposer
{
    public static Agenda Compose(AgendaContext context, IEnumerable<(AgendaSection Section, IReadOnlyList<AgendaItem> Items)> contributions)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(contributions);
        var number = 0;
        var groups = contributions
            .GroupBy(c => c.Section.Id, StringComparer.Ordinal)
            .Select(g => (Section: g.First().Section, Items: g.SelectMany(c => c.Items).Where(i => !context.Record.Mark(i.Key).Removed).ToList()))
            .Where(g => g.Items.Count > 0)
            .OrderBy(g => g.Section.Order)
            .Select(g => new AgendaGroup(g.Section, [.. g.Items.Select(item => new NumberedItem(++number, item))]))
            .ToList();
        return new Agenda(context.Forum, context.Meeting, groups, context.Record);
    }

    /// <summary>Asks every source in turn and composes their items.</summary>
    public static async Task<Agenda> ComposeAsync(AgendaContext context, IEnumerable<IAgendaItemSource> sources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var contributions = new List<(AgendaSection, IReadOnlyList<AgendaItem>)>();
        foreach (var source in sources)
        {
            contributions.Add((source.Section, await source.ItemsAsync(context, cancellationToken)));
        }

        return Compose(context, contributions);
    }
}
