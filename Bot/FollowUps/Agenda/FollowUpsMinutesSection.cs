using System.Text.Json.Nodes;
using ForumBot.Agendas.Closing;
using ForumBot.Cards;
using ForumBot.FollowUps.Storage;
using ForumBot.Localization;

namespace ForumBot.FollowUps.Agenda;

/// <summary>
/// The minutes' "follow-ups created": those added to the meeting's items (their ids are on the
/// item marks), each with what, who owns it and when it is due, as they stand when the minutes go out.
/// </summary>
public sealed class FollowUpsMinutesSection(FollowUpStore store) : IMinutesSection
{
    public int Order => 200;

    public async ValueTask<IReadOnlyList<JsonNode>> BuildAsync(MinutesScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var ids = scope.Record.Items.Values.SelectMany(mark => mark.FollowUpIds).Distinct(StringComparer.Ordinal).ToList();
        var found = (await Task.WhenAll(ids.Select(id => store.FindAsync(id, cancellationToken))))
            .OfType<StoredFollowUp>()
            .Select(s => s.FollowUp)
            .Where(f => f.ForumId == scope.Forum.Id)
            .OrderBy(f => f.Due)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
        if (found.Count == 0)
        {
            return [];
        }

        var culture = scope.Language.Culture();
        var parts = new List<JsonNode> { AdaptiveCards.TextBlock(scope.Pick("Follow-ups created", "Opfølgninger oprettet"), weight: "Bolder") };
        parts.AddRange(found.Select(f =>
        {
            var owner = scope.Network.FindPerson(f.OwnerId)?.Name ?? f.OwnerId;
            var due = f.Due.ToString(scope.Language == Language.Danish ? "d. MMMM yyyy" : "d MMMM yyyy", culture);
            return (JsonNode)AdaptiveCards.TextBlock(scope.Pick($"• {f.Text}: {owner}, due {due}", $"• {f.Text}: {owner}, senest {due}"));
        }));
        return parts;
    }
}
