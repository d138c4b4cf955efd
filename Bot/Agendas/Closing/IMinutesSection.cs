using System.Text.Json.Nodes;
using ForumBot.Agendas.Cards;
using ForumBot.Agendas.Meetings;
using ForumBot.Agendas.Model;
using ForumBot.Localization;
using ForumBot.Network;
using ForumBot.Scheduling;

namespace ForumBot.Agendas.Closing;

/// <summary>
/// A feature's part of a closed meeting's minutes, between the items discussed and what was
/// carried over: e.g. FollowUps' "follow-ups created" (owner, due) from <see cref="ItemMark.FollowUpIds"/>,
/// Escalations' "escalations raised" from <see cref="ItemMark.EscalationId"/>. Registered by the
/// feature in its AddX with <c>services.AddSingleton&lt;IMinutesSection, T&gt;()</c>, so Agendas
/// never reads another feature's state. Keep it short (a heading and a line per thing) and leave out
/// what <see cref="MinutesScope.Viewer"/> may not see: the minutes in a channel are the outsider's view.
/// Every text passes the CPR guard when the card is built.
/// </summary>
public interface IMinutesSection
{
    /// <summary>Where the part goes among the features' parts, lowest first (follow-ups 200, escalations 300).</summary>
    int Order { get; }

    /// <summary>The part's card elements; none when there is nothing to say.</summary>
    ValueTask<IReadOnlyList<JsonNode>> BuildAsync(MinutesScope scope, CancellationToken cancellationToken);
}

/// <summary>
/// The closed meeting the minutes are for, for one audience: its agenda as it stood when it closed
/// (with <see cref="Record"/>: the marks, decisions, follow-up and escalation ids), in one language.
/// </summary>
public sealed record MinutesScope(NetworkSnapshot Network, Agenda Agenda, Language Language, AgendaViewer Viewer)
{
    public Forum Forum => Agenda.Forum;

    public Meeting Meeting => Agenda.Meeting;

    public MeetingRecord Record => Agenda.Record;

    public string Pick(string english, string danish) => Language.Pick(english, danish);
}
