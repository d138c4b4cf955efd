using System.Globalization;
using ForumBot.Agendas.Model;
using ForumBot.Updates.Model;

namespace ForumBot.Agendas.Composition;

/// <summary>
/// Initiatives whose update says blocked or at risk, or asks another organisation for something:
/// blocked first, then at risk, then the rest, each group in the file's order. Everyone who may
/// see the agenda sees the status and who asks whom; the update's own words (what is in the
/// way, what is needed) are for the forum only.
/// </summary>
public sealed class UpdateConcernsSource : IAgendaItemSource
{
    public AgendaSection Section => AgendaSections.Concerns;

    public ValueTask<IReadOnlyList<AgendaItem>> ItemsAsync(AgendaContext context, CancellationToken cancellationToken) => new(Items(context));

    public static IReadOnlyList<AgendaItem> Items(AgendaContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. context.Initiatives
            .Select((initiative, position) => (initiative, position, update: context.Updates.GetValueOrDefault(initiative.Id)))
            .Where(x => x.update is not null && NeedsTheForum(x.update))
            .OrderBy(x => Rank(x.update!.Status))
            .ThenBy(x => x.position)
            .Select(x => Item(context, x.initiative, x.update!))];
    }

    private static bool NeedsTheForum(UpdateContent update) =>
        update.Status is UpdateStatus.Blocked or UpdateStatus.AtRisk || update.NeedsFrom.Count > 0;

    private static int Rank(UpdateStatus? status) => status switch
    {
        UpdateStatus.Blocked => 0,
        UpdateStatus.AtRisk => 1,
        _ => 2,
    };

    private static AgendaItem Item(AgendaContext context, Network.Initiative initiative, UpdateContent update)
    {
        var owner = context.OrganisationName(initiative.OwnerId);
        var details = new List<AgendaDetail>();
        if (update.Status is { } status)
        {
            details.Add(new(new("Status", "Status"), new(status.Title(Localization.Language.English), status.Title(Localization.Language.Danish))));
        }

        if (update.NeedsFrom.Count > 0)
        {
            var asked = string.Join(", ", update.NeedsFrom.Select(context.OrganisationName));
            details.Add(new(new("Asks", "Beder om"), AgendaText.Same(string.Create(CultureInfo.InvariantCulture, $"{owner} → {asked}"))));
        }

        if (!string.IsNullOrWhiteSpace(update.Barriers))
        {
            details.Add(new(new("What is getting in the way", "Hvad står i vejen"), AgendaText.Same(update.Barriers), AgendaAudience.Forum));
        }

        if (!string.IsNullOrWhiteSpace(update.Needs))
        {
            details.Add(new(new("What we need", "Hvad vi har brug for"), AgendaText.Same(update.Needs), AgendaAudience.Forum));
        }

        return new AgendaItem($"initiative:{initiative.Id}", AgendaText.Same(initiative.Name), AgendaText.Same(owner), details);
    }
}
