using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace ForumBot.Protocol.Routing;

/// <summary>
/// Sends one turn to its handler: messages by command word (or card action verb for
/// Action.Submit), Action.Execute invokes by verb, other activities by type.
/// Every invoke leaves with an answer (501 for any but Action.Execute); unknown activity types are ignored.
/// </summary>
public sealed class TurnDispatcher(RouteTable routes)
{
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    public async Task DispatchAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        switch (turn.Activity.Type)
        {
            case ActivityTypes.Message:
                await DispatchMessageAsync(turn, cancellationToken);
                break;
            case ActivityTypes.Invoke:
                await DispatchInvokeAsync(turn, cancellationToken);
                break;
            default:
                if (routes.Find(RouteKind.ActivityType, turn.Activity.Type ?? string.Empty) is { } handler)
                {
                    await Resolve<ITurnHandler>(turn, handler).HandleAsync(turn, cancellationToken);
                }

                break;
        }
    }

    private async Task DispatchMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        // Action.Submit arrives as a message whose value carries our verb.
        if (turn.Activity.Value is { ValueKind: JsonValueKind.Object } value && ReadVerb(value) is { } submitVerb)
        {
            turn.ActionData = value;
            if (routes.Find(RouteKind.CardAction, submitVerb) is { } actionHandler)
            {
                var result = await Resolve<ICardActionHandler>(turn, actionHandler).HandleAsync(turn, cancellationToken);
                await CardActionReplies.DeliverSubmitResultAsync(turn, result, cancellationToken);
                return;
            }
        }

        if (routes.MatchCommand(turn.Text) is { } match)
        {
            turn.Arguments = match.Arguments;
            await Resolve<ITurnHandler>(turn, match.Handler).HandleAsync(turn, cancellationToken);
            return;
        }

        if (routes.Find(RouteKind.Fallback, string.Empty) is { } fallback)
        {
            await Resolve<ITurnHandler>(turn, fallback).HandleAsync(turn, cancellationToken);
        }
    }

    private async Task DispatchInvokeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Name == AdaptiveCardActionInvoke)
        {
            turn.InvokeResponse = await DispatchExecuteAsync(turn, cancellationToken);
            return;
        }

        turn.InvokeResponse ??= new InvokeResponse(501, new InvokeResponseBody { StatusCode = 501 });
    }

    private async Task<InvokeResponse> DispatchExecuteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object
            || !action.TryGetProperty("verb", out var verbElement) || verbElement.GetString() is not { Length: > 0 } verb)
        {
            return InvokeResponse.Error(400, "BadRequest", "The card action has no verb.");
        }

        if (routes.Find(RouteKind.CardAction, verb) is not { } handler)
        {
            return InvokeResponse.Error(400, "NotSupported", "This card action is not supported.");
        }

        turn.ActionData = action.TryGetProperty("data", out var data) ? data : null;
        var result = await Resolve<ICardActionHandler>(turn, handler).HandleAsync(turn, cancellationToken);
        return result.Card is not null ? InvokeResponse.Card(result.Card) : InvokeResponse.Message(result.Message ?? string.Empty);
    }

    private static string? ReadVerb(JsonElement value) =>
        value.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String ? verb.GetString() : null;

    private static T Resolve<T>(TurnContext turn, Type handlerType) where T : class =>
        (T)turn.Services.GetRequiredService(handlerType);
}
