using ForumBot.Agendas.Composition;
using ForumBot.Agendas.Model;
using ForumBot.Escalations.Storage;

namespace ForumBot.Escalations.Agenda;

/// <summary>
/// "Escalated to this forum": the forum's open escalations (one RowKey range of its "to"
/// partition), oldest first, and those answered from this meeting's agenda, so an item answered
/// in the meeting stays where it was, marked answered.
/// </summary>
public sealed class EscalationsSource(EscalationStore store) : IAgendaItemSource
{
    /// <summary>How far back answers are looked for when the forum has no meeting before this one.</summary>
    private static readonly TimeSpan NoPreviousMeeting = TimeSpan.FromDays(400);

    public AgendaSection Section => EscalationSections.Escalated;

    public async ValueTask<IReadOnlyList<AgendaItem>> ItemsAsync(AgendaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var forumId = context.Forum.Id;
        var meeting = context.Meeting;
        var open = store.OpenToAsync(forumId, cancellationToken);
        var since = context.Previous?.StartsAtUtc ?? meeting.StartsAtUtc - NoPreviousMeeting;
        var closed = store.ClosedToAsync(forumId, since, meeting.EndsAtUtc, cancellationToken);
        var escalations = (await open).Select(s => s.Escalation).Where(e => e.RaisedAt < meeting.EndsAtUtc)
            .Concat((await closed).Select(s => s.Escalation).Where(e => e.Answer?.MeetingId == meeting.MeetingId));
        return [.. escalations
            .OrderBy(e => e.RaisedAt)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => EscalationItems.OnReceivingAgenda(context, e))];
    }
}
