using ForumBot.Agendas.Model;

namespace ForumBot.Agendas.Composition;

/// <summary>
/// What puts items on an agenda. Each feature that contributes (standing items and updates here;
/// follow-ups, escalations, proposals and carried-over items later) registers one in its own
/// AddX with <c>services.AddSingleton&lt;IAgendaItemSource, T&gt;()</c>; the composer groups them
/// by section and numbers them. A source reads its own feature's state; it never decides who
/// sees what beyond tagging each detail with its <see cref="AgendaAudience"/>.
/// </summary>
public interface IAgendaItemSource
{
    AgendaSection Section { get; }

    /// <summary>The section's items for the context's forum and meeting, in the order they go on the agenda.</summary>
    ValueTask<IReadOnlyList<AgendaItem>> ItemsAsync(AgendaContext context, CancellationToken cancellationToken);
}
