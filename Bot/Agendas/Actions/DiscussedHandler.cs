using System.Text.Json;
using ForumBot.Agendas.Meetings;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;

namespace ForumBot.Agendas.Actions;

/// <summary>
/// "agenda.discussed": a chair marks an item discussed, or takes the mark back. The button says
/// which state it sets, so two chairs pressing "Discussed ✓" at once both get a discussed item
/// (the first one's name and time are kept). Answers with the agenda card, updated.
/// </summary>
public sealed class DiscussedHandler(AgendaItemGate gate, MeetingStore meetings, AgendaAnswers answers, TimeProvider time, ILogger<DiscussedHandler> logger)
    : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (scope, refusal) = await gate.OpenAsync(turn, cancellationToken);
        if (scope is null)
        {
            return refusal!;
        }

        var discussed = Wanted(turn.ActionData) ?? !scope.Mark.Discussed;
        var now = time.GetUtcNow();
        await meetings.MarkItemAsync(scope.Forum.Id, scope.Meeting.MeetingId, scope.Item.Item.Key, mark => discussed
            ? mark.Discussed ? mark : mark with { Discussed = true, DiscussedBy = scope.Person.Id, DiscussedAt = now }
            : mark with { Discussed = false, DiscussedBy = null, DiscussedAt = null }, cancellationToken);
        AgendasLog.Discussed(logger, scope.Forum.Id, scope.Meeting.MeetingId, discussed, scope.Person.Id);
        return await answers.AgendaAsync(turn, scope, null, cancellationToken);
    }

    /// <summary>The state the button sets; null on a card without it (then the press toggles).</summary>
    private static bool? Wanted(JsonElement? data) =>
        data is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(AgendaVerbs.DiscussedField, out var field)
            ? field.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => null,
            }
            : null;
}
