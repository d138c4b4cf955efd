using System.Text.Json.Nodes;
using ForumBot.Agendas.Closing;
using ForumBot.Cards;
using ForumBot.Escalations.Model;
using ForumBot.Escalations.Storage;

namespace ForumBot.Escalations.Agenda;

/// <summary>
/// The minutes' escalations: those the meeting raised (from its items, and from the updates of its
/// cycle) with the forum they went to, and those addressed to this forum that it answered in the
/// meeting, with the kind of answer. Titles only: an escalation's reason stays with the forums.
/// </summary>
public sealed class EscalationsMinutesSection(EscalationStore store) : IMinutesSection
{
    public int Order => 300;

    public async ValueTask<IReadOnlyList<JsonNode>> BuildAsync(MinutesScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var forumId = scope.Forum.Id;
        var meetingId = scope.Meeting.MeetingId;
        var fromItems = await Task.WhenAll(scope.Record.Items.Values
            .Select(mark => mark.EscalationId)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Select(id => store.FindAsync(id, cancellationToken)));
        var open = await store.OpenFromAsync(forumId, cancellationToken);
        var raised = fromItems.OfType<StoredEscalation>().Concat(open)
            .Select(s => s.Escalation)
            .Where(e => e.FromForumId == forumId && e.OriginMeetingId == meetingId)
            .DistinctBy(e => e.Id)
            .OrderBy(e => e.RaisedAt)
            .ToList();

        // Answered in the meeting: answered at or after the agenda was composed for it, and marked with its id.
        var answered = (await store.ClosedToAsync(forumId, scope.Meeting.StartsAtUtc.AddDays(-1), DateTimeOffset.MaxValue, cancellationToken))
            .Select(s => s.Escalation)
            .Where(e => e.Answer?.MeetingId == meetingId)
            .OrderBy(e => e.Answer!.AnsweredAt)
            .ToList();

        var language = scope.Language;
        var parts = new List<JsonNode>();
        if (raised.Count > 0)
        {
            parts.Add(AdaptiveCards.TextBlock(scope.Pick("Escalations raised", "Eskaleringer rejst"), weight: "Bolder"));
            parts.AddRange(raised.Select(e => AdaptiveCards.TextBlock(
                $"• {EscalationTexts.Title(language, e)} → {EscalationTexts.ForumName(scope.Network, e.ToForumId)}")));
        }

        if (answered.Count > 0)
        {
            parts.Add(AdaptiveCards.TextBlock(scope.Pick("Escalations answered", "Eskaleringer besvaret"), weight: "Bolder"));
            parts.AddRange(answered.Select(e => AdaptiveCards.TextBlock(
                $"• {EscalationTexts.Title(language, e)} ({EscalationTexts.ForumName(scope.Network, e.FromForumId)}): {EscalationTexts.AnswerLabel(language, e.Answer!.Kind)}")));
        }

        return parts;
    }
}
