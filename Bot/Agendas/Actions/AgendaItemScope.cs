using ForumBot.Agendas.Meetings;
using ForumBot.Agendas.Model;
using ForumBot.Localization;
using ForumBot.Network;
using ForumBot.Scheduling;

namespace ForumBot.Agendas.Actions;

/// <summary>
/// An agenda item action that passed <see cref="AgendaItemGate"/>: a chair of the forum acting
/// on an item that is on the agenda of a real meeting of the forum, with the agenda as it stands.
/// </summary>
public sealed record AgendaItemScope(
    Person Person,
    NetworkSnapshot Network,
    Forum Forum,
    Meeting Meeting,
    Agenda Agenda,
    NumberedItem Item,
    MeetingRecord Record,
    Language Language)
{
    public AgendaItemData Data => new(Forum.Id, Meeting.MeetingId, Item.Item.Key);

    public ItemMark Mark => Record.Mark(Item.Item.Key);

    public string Pick(string english, string danish) => Language.Pick(english, danish);
}
