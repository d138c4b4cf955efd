using ForumBot.Agendas.Meetings;
using ForumBot.Localization;
using ForumBot.Network;
using ForumBot.Scheduling;

namespace ForumBot.Agendas.Model;

/// <summary>
/// A forum's agenda for one meeting: its groups in order, items numbered 1…n across groups. The
/// agenda holds everything any viewer may see; the card leaves out what a viewer may not
/// (<see cref="AgendaAudience"/>), so who sees what is decided in one place. <see cref="Record"/> is
/// what was stored about the meeting when the agenda was composed (closed or not, item marks).
/// </summary>
public sealed record Agenda(Forum Forum, Meeting Meeting, IReadOnlyList<AgendaGroup> Groups, MeetingRecord Record)
{
    public int ItemCount => Groups.Sum(g => g.Items.Count);

    public IEnumerable<NumberedItem> Items => Groups.SelectMany(g => g.Items);
}

/// <summary>One section of the agenda with its numbered items.</summary>
public sealed record AgendaGroup(AgendaSection Section, IReadOnlyList<NumberedItem> Items);

public sealed record NumberedItem(int Number, AgendaItem Item);

/// <summary>
/// A section of the agenda, ordered by <see cref="Order"/>. The sections built so far are in
/// <see cref="AgendaSections"/>; the features still to come (escalations, follow-ups, carried-over
/// items, proposals) bring their own with an order in the gaps between them.
/// </summary>
public sealed record AgendaSection(string Id, int Order, AgendaText Title);

/// <summary>
/// One agenda item: a title, its owner or origin ("Fast punkt", the owning organisation) and
/// details, each for an audience. Titles and origins are for everyone who may see the agenda.
/// </summary>
/// <param name="Key">Stable within the agenda (e.g. "standing:0", "initiative:fritidsjob-kk"), for later features that refer to an item.</param>
public sealed record AgendaItem(string Key, AgendaText Title, AgendaText Origin, IReadOnlyList<AgendaDetail> Details);

/// <summary>A labelled line under an item, shown only to <see cref="Audience"/>.</summary>
public sealed record AgendaDetail(AgendaText Label, AgendaText Value, AgendaAudience Audience = AgendaAudience.Everyone);

/// <summary>Who may see an agenda detail.</summary>
public enum AgendaAudience
{
    /// <summary>Everyone who may see the agenda: the forum's chairs and members, managers and admins.</summary>
    Everyone,

    /// <summary>The forum's chairs and members only: an update's own text never leaves the forum.</summary>
    Forum,

    /// <summary>The forum's chairs only: who is behind a missing update.</summary>
    Chairs,
}

/// <summary>A text in both languages; names and the network's own words are the same in both.</summary>
public sealed record AgendaText(string English, string Danish)
{
    public static AgendaText Same(string text) => new(text, text);

    public string In(Language language) => language.Pick(English, Danish);
}
