using ForumBot.Agendas.Model;
using ForumBot.Network;

namespace ForumBot.Agendas.Cards;

/// <summary>How someone allowed to see a forum's agenda sees it: as its chair, as a member, or from outside (a manager or admin).</summary>
public enum AgendaViewer
{
    Chair,
    Member,
    Outsider,
}

public static class AgendaViewers
{
    /// <summary>The viewer's place; call only for someone allowed to see the agenda (NetworkAction.ViewAgenda).</summary>
    public static AgendaViewer Of(Forum forum, Person person)
    {
        ArgumentNullException.ThrowIfNull(forum);
        ArgumentNullException.ThrowIfNull(person);
        return forum.IsChair(person.Id) ? AgendaViewer.Chair : forum.IsMember(person.Id) ? AgendaViewer.Member : AgendaViewer.Outsider;
    }

    /// <summary>The one rule of who sees what: the update's text stays in the forum, the names behind a missing update with its chairs.</summary>
    public static bool Sees(this AgendaViewer viewer, AgendaAudience audience) => audience switch
    {
        AgendaAudience.Everyone => true,
        AgendaAudience.Forum => viewer is AgendaViewer.Chair or AgendaViewer.Member,
        _ => viewer is AgendaViewer.Chair,
    };
}
