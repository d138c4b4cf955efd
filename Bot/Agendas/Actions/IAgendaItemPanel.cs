using System.Text.Json.Nodes;

namespace ForumBot.Agendas.Actions;

/// <summary>
/// A part of the item card a chair opens from the agenda ("Open" on an item): a feature's own
/// inputs and Action.Execute buttons for the item (Agendas' decision, FollowUps' "add follow-up",
/// Escalations' "escalate" and "answer"). Registered by the feature in its AddX with
/// <c>services.AddSingleton&lt;IAgendaItemPanel, T&gt;()</c>; its verbs are its own card action
/// routes, whose handlers open the item with <see cref="AgendaItemGate"/> again. Input ids start
/// with the panel's own prefix, so panels never collide.
/// </summary>
public interface IAgendaItemPanel
{
    /// <summary>Where the panel goes on the item card, lowest first (Agendas' decision panel is 100).</summary>
    int Order { get; }

    bool AppliesTo(AgendaItemScope scope);

    /// <summary>The panel's elements; actions carry <c>scope.Data.ToJson(verb)</c>.</summary>
    IEnumerable<JsonNode> Build(AgendaItemScope scope);
}
