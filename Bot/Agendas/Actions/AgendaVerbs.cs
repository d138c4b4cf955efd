namespace ForumBot.Agendas.Actions;

/// <summary>The verbs of Agendas' own actions on the agenda card and the item card.</summary>
public static class AgendaVerbs
{
    /// <summary>Marks an item discussed, or not (the button carries the state it sets); answers with the agenda.</summary>
    public const string Discussed = "agenda.discussed";

    /// <summary>Opens the item card (<see cref="AgendaItemCards"/>).</summary>
    public const string Open = "agenda.item";

    /// <summary>Back to the whole agenda.</summary>
    public const string Show = AgendaItemCards.BackVerb;

    /// <summary>Saves the decision text of the item card's decision panel.</summary>
    public const string Decision = "agenda.decision";

    /// <summary>Takes a member's proposal off the agenda.</summary>
    public const string Remove = "agenda.remove";

    /// <summary>The field of <see cref="Discussed"/>'s data saying which state the press sets.</summary>
    public const string DiscussedField = "discussed";
}
