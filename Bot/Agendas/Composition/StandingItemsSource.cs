using ForumBot.Agendas.Model;

namespace ForumBot.Agendas.Composition;

/// <summary>The forum's standing items from the network file, in its order, on every agenda.</summary>
public sealed class StandingItemsSource : IAgendaItemSource
{
    private static readonly AgendaText Origin = new("Standing item", "Fast punkt");

    public AgendaSection Section => AgendaSections.Standing;

    public ValueTask<IReadOnlyList<AgendaItem>> ItemsAsync(AgendaContext context, CancellationToken cancellationToken) => new(Items(context));

    public static IReadOnlyList<AgendaItem> Items(AgendaContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. context.Forum.StandingItems.Select((text, i) => new AgendaItem($"standing:{i}", AgendaText.Same(text), Origin, []))];
    }
}
