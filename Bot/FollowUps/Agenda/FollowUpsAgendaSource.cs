using ForumBot.Agendas.Composition;
using ForumBot.Agendas.Model;
using ForumBot.FollowUps.Model;
using ForumBot.FollowUps.Storage;
using ForumBot.Localization;

namespace ForumBot.FollowUps.Agenda;

/// <summary>
/// The forum's follow-ups on its agenda (issue 11, point 1): the open ones due by the meeting's day
/// (overdue ones marked) and the open ones opened since the previous meeting started
/// (<see cref="AgendaContext.Previous"/>; with none, every open one), earliest due
/// first. One partition query (the forum's open follow-ups), no writes: agendas are also composed
/// by the scheduler's sources. The title and the owner's organisation are for everyone who sees
/// the agenda; the owner's name for the forum only, as the agenda leaves names out where people
/// outside the forum read along.
/// </summary>
public sealed class FollowUpsAgendaSource(FollowUpStore store, TimeProvider time) : IAgendaItemSource
{
    public static AgendaSection FollowUpsSection { get; } = new("follow-ups", 400, new("Follow-ups", "Opfølgninger"));

    /// <summary>The item key of a follow-up on an agenda: "followup:&lt;id&gt;".</summary>
    public static string ItemKey(string followUpId) => "followup:" + followUpId;

    public AgendaSection Section => FollowUpsSection;

    public async ValueTask<IReadOnlyList<AgendaItem>> ItemsAsync(AgendaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var open = await store.ForumOpenAsync(context.Forum.Id, null, null, cancellationToken);
        return Items(context, open.Select(s => s.FollowUp), DueDates.Today(time, context.Network.TimeZone));
    }

    /// <summary>
    /// The items from the forum's open follow-ups. Those opened once the meeting has started (in the
    /// meeting itself) belong to the next agenda: the one under way keeps its items and numbers.
    /// </summary>
    public static IReadOnlyList<AgendaItem> Items(AgendaContext context, IEnumerable<FollowUp> open, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(open);
        var meetingDay = DateOnly.FromDateTime(context.Meeting.LocalStart.DateTime);
        var since = context.Previous?.StartsAtUtc ?? DateTimeOffset.MinValue;
        bool IsNew(FollowUp f) => f.CreatedAt >= since;
        return [.. open
            .Where(f => f.IsOpen && f.ForumId == context.Forum.Id && f.CreatedAt < context.Meeting.StartsAtUtc && (f.Due <= meetingDay || IsNew(f)))
            .OrderBy(f => f.Due)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .Select(f => Item(context, f, context.Previous is not null && IsNew(f), today))];
    }

    private static AgendaItem Item(AgendaContext context, FollowUp followUp, bool isNew, DateOnly today)
    {
        var title = followUp.IsOverdue(today)
            ? new AgendaText("⚠ Overdue: " + followUp.Text, "⚠ Overskredet: " + followUp.Text)
            : AgendaText.Same(followUp.Text);
        var owner = context.Network.FindPerson(followUp.OwnerId);
        var organisation = context.OrganisationName(followUp.OrganisationId);
        var details = new List<AgendaDetail>
        {
            new(new("Owner", "Ansvarlig"), AgendaText.Same($"{owner?.Name ?? followUp.OwnerId} ({organisation})"), AgendaAudience.Forum),
            new(new("Due", "Frist"), new(DueDates.Format(followUp.Due, Language.English), DueDates.Format(followUp.Due, Language.Danish))),
        };
        if (isNew)
        {
            details.Add(new(new("New", "Ny"), new("Opened since the last meeting", "Oprettet siden sidste møde")));
        }

        return new AgendaItem(ItemKey(followUp.Id), title, AgendaText.Same(organisation), details);
    }
}
