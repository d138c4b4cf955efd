using ForumBot.Agendas.Composition;
using ForumBot.Agendas.Model;

namespace ForumBot.Agendas.Proposals;

/// <summary>The items members proposed for the meeting (<c>propose</c>), oldest first, each with its proposer.</summary>
public sealed class ProposalsSource : IAgendaItemSource
{
    public AgendaSection Section => AgendaSections.Proposals;

    public ValueTask<IReadOnlyList<AgendaItem>> ItemsAsync(AgendaContext context, CancellationToken cancellationToken) => new(Items(context));

    public static IReadOnlyList<AgendaItem> Items(AgendaContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. context.Record.Proposals.Select(p =>
        {
            var name = context.PersonName(p.ProposedBy);
            return new AgendaItem(p.ItemKey, AgendaText.Same(p.Text), new($"Proposed by {name}", $"Foreslået af {name}"), []);
        })];
    }
}
