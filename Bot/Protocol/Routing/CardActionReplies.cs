
namespace ForumBot.Protocol.Routing;

/// <summary>
/// Action.Submit has no invoke response, so its result is delivered as Teams would show an
/// Action.Execute result: the card the user pressed is updated in place, or a text is sent.
/// </summary>
internal static class CardActionReplies
{
    public static async Task DeliverSubmitResultAsync(TurnContext turn, CardActionResult result, CancellationToken cancellationToken)
    {
        if (result.Card is null)
        {
            await turn.SendAsync(MessageFactory.Text(result.Message ?? string.Empty), cancellationToken);
            return;
        }

        var conversationId = turn.Activity.Conversation?.Id;
        if (turn.Activity.ReplyToId is { Length: > 0 } cardActivityId && conversationId is not null)
        {
            var update = MessageFactory.Card(result.Card) with { Conversation = turn.Activity.Conversation };
            var outcome = await turn.Connector.UpdateActivityAsync(conversationId, cardActivityId, update, cancellationToken);
            if (outcome.Succeeded)
            {
                return;
            }
        }

        await turn.SendAsync(MessageFactory.Card(result.Card), cancellationToken);
    }
}
