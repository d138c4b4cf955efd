using ForumBot.Agendas.Composition;
using ForumBot.Agendas.Model;
using ForumBot.Escalations.Model;
using ForumBot.Escalations.Storage;
using ForumBot.FollowUps.Storage;

namespace ForumBot.Escalations.Agenda;

/// <summary>
/// "Answers from other forums": the escalations this forum raised that were answered or declined
/// since its meeting before this one (a RowKey range of its "from" partition), in the order they
/// were answered; then those still waiting after two of the receiving forum's meetings, flagged.
/// </summary>
public sealed class EscalationAnswersSource(EscalationStore store, FollowUpStore followUps) : IAgendaItemSource
{
    private static readonly TimeSpan NoPreviousMeeting = TimeSpan.FromDays(400);

    public AgendaSection Section => EscalationSections.Answers;

    public async ValueTask<IReadOnlyList<AgendaItem>> ItemsAsync(AgendaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var network = context.Network;
        var meeting = context.Meeting;
        var since = context.Previous?.StartsAtUtc ?? meeting.StartsAtUtc - NoPreviousMeeting;
        var closed = store.ClosedFromAsync(context.Forum.Id, since, meeting.EndsAtUtc, cancellationToken);
        var open = store.OpenFromAsync(context.Forum.Id, cancellationToken);
        var items = new List<AgendaItem>();
        foreach (var escalation in (await closed).Select(s => s.Escalation).OrderBy(e => e.Answer!.AnsweredAt).ThenBy(e => e.Id, StringComparer.Ordinal))
        {
            var answer = escalation.Answer!;
            var followUp = answer.FollowUpId is { } id ? (await followUps.FindAsync(id, cancellationToken))?.FollowUp : null;
            items.Add(EscalationItems.AnswerOnRaisingAgenda(network, escalation, answer, followUp));
        }

        items.AddRange((await open).Select(s => s.Escalation)
            .Where(e => EscalationAge.IsFlagged(e, network.FindForum(e.ToForumId), network.TimeZone, meeting.StartsAtUtc))
            .OrderBy(e => e.RaisedAt)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => EscalationItems.WaitingOnRaisingAgenda(network, e)));
        return items;
    }
}
