using System.Text.Json;
using ForumBot.Localization;
using ForumBot.Protocol.Auth;
using ForumBot.Protocol.Routing;
using ForumBot.Storage;

namespace ForumBot.Protocol;

/// <summary>
/// POST /api/messages: read (bounded), parse, authenticate, Teams only, intercept, dispatch, answer.
/// Nothing a client sends produces a 500; failures on our side reach the user as a short
/// localized text with the turn's correlation id, never as exception text.
/// </summary>
public static class MessagesEndpoint
{
    public const int MaxBodyBytes = 256 * 1024;
    private static readonly TimeSpan TypingDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan StorageWait = TimeSpan.FromSeconds(10);

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        // Resolving the route table here makes a duplicate route stop start-up, not a turn.
        _ = endpoints.ServiceProvider.GetRequiredService<RouteTable>();
        endpoints.MapPost("/api/messages", HandleAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, IInboundAuthenticator authenticator, TeamsChannelGate teamsOnly, TurnDispatcher dispatcher,
        ConnectorClientFactory connectors, IEnumerable<ITurnInterceptor> interceptors, TableInitializer storage, ILoggerFactory loggerFactory)
    {
        var logger = loggerFactory.CreateLogger(typeof(MessagesEndpoint));
        var cancellationToken = http.RequestAborted;

        var (activity, problem) = await ActivityReader.ReadAsync(http.Request, MaxBodyBytes, cancellationToken);
        if (problem is not null)
        {
            ProtocolLog.BadRequest(logger, problem.Value.Reason);
            return Results.StatusCode(problem.Value.Status);
        }

        var auth = await authenticator.AuthenticateAsync(http, activity!, cancellationToken);
        if (auth.Status != InboundAuthStatus.Authenticated)
        {
            var status = auth.Status == InboundAuthStatus.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
            ProtocolLog.AuthRejected(logger, status, auth.Reason);
            return Results.StatusCode(status);
        }

        // After authentication, so the endorsement check has seen the channelId; logged once per channel, not per request.
        if (!teamsOnly.Admits(activity!))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!await IsStorageReadyAsync(storage, cancellationToken))
        {
            // Our outage, not the client's fault: 503 lets the channel retry later.
            ProtocolLog.BadRequest(logger, "table storage not ready");
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        var correlationId = Guid.NewGuid().ToString("N")[..12];

        // Every line logged during the turn, by any handler or interceptor, carries the id the user may quote.
        using var scope = ProtocolLog.TurnScope(logger, correlationId);
        var turn = new TurnContext(activity!, connectors.Create(activity!.ServiceUrl!), correlationId, http.RequestServices);
        ProtocolLog.TurnStarted(logger, correlationId, activity.Type, activity.Name, activity.Conversation?.ConversationType);

        var entered = new List<ITurnInterceptor>();
        try
        {
            foreach (var interceptor in interceptors)
            {
                if (!await interceptor.BeforeTurnAsync(turn, cancellationToken))
                {
                    return AnswerSkippedTurn(turn);
                }

                entered.Add(interceptor);
            }

            await RunWithTypingAsync(turn, dispatcher, logger, cancellationToken);
            await AfterTurnAsync(entered, turn, succeeded: true, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            ProtocolLog.TurnFailed(logger, ex, correlationId);
            await AfterTurnQuietlyAsync(entered, turn, logger);
            return await AnswerFailureAsync(turn, logger, cancellationToken);
        }

        return turn.InvokeResponse is { } invoke
            ? Results.Json(invoke.Body, ProtocolJson.Wire.InvokeResponseBody, statusCode: invoke.Status)
            : Results.Ok();
    }

    /// <summary>A redelivered turn is not run again, but an invoke still gets an answer (never a bare 200).</summary>
    private static IResult AnswerSkippedTurn(TurnContext turn)
    {
        if (turn.Activity.Type != ActivityTypes.Invoke)
        {
            return Results.Ok();
        }

        var invoke = InvokeResponse.Message(turn.Language.Pick(
            "This was already received and is being handled.",
            "Det er allerede modtaget og bliver behandlet."));
        return Results.Json(invoke.Body, ProtocolJson.Wire.InvokeResponseBody, statusCode: invoke.Status);
    }

    private static async Task<bool> IsStorageReadyAsync(TableInitializer storage, CancellationToken cancellationToken)
    {
        if (storage.IsReady)
        {
            return true;
        }

        try
        {
            await storage.WhenReady(cancellationToken).WaitAsync(StorageWait, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static async Task AfterTurnAsync(List<ITurnInterceptor> entered, TurnContext turn, bool succeeded, CancellationToken cancellationToken)
    {
        for (var i = entered.Count - 1; i >= 0; i--)
        {
            await entered[i].AfterTurnAsync(turn, succeeded, cancellationToken);
        }
    }

    /// <summary>After a failure the interceptors still get to undo their marks; their own failure must not mask it.</summary>
    private static async Task AfterTurnQuietlyAsync(List<ITurnInterceptor> entered, TurnContext turn, ILogger logger)
    {
        try
        {
            await AfterTurnAsync(entered, turn, succeeded: false, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            ProtocolLog.ErrorReplyFailed(logger, ex, turn.CorrelationId);
        }
    }

    /// <summary>Shows "typing…" when a message turn takes longer than about a second.</summary>
    private static async Task RunWithTypingAsync(TurnContext turn, TurnDispatcher dispatcher, ILogger logger, CancellationToken cancellationToken)
    {
        var work = dispatcher.DispatchAsync(turn, cancellationToken);
        if (turn.Activity.Type == ActivityTypes.Message && await Task.WhenAny(work, Task.Delay(TypingDelay, cancellationToken)) != work)
        {
            try
            {
                await turn.SendAsync(OutgoingActivity.Typing(), cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                ProtocolLog.TypingFailed(logger, ex, turn.CorrelationId);
            }
        }

        await work;
    }

    private static async Task<IResult> AnswerFailureAsync(TurnContext turn, ILogger logger, CancellationToken cancellationToken)
    {
        var text = turn.Language.Pick(
            $"Sorry, something went wrong on our side. Please try again. (Reference: {turn.CorrelationId})",
            $"Beklager, noget gik galt hos os. Prøv igen. (Reference: {turn.CorrelationId})");
        if (turn.Activity.Type == ActivityTypes.Invoke)
        {
            var invoke = InvokeResponse.Message(text);
            return Results.Json(invoke.Body, ProtocolJson.Wire.InvokeResponseBody, statusCode: invoke.Status);
        }

        if (turn.Activity.Type == ActivityTypes.Message)
        {
            try
            {
                await turn.SendAsync(MessageFactory.Text(text), cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
            {
                ProtocolLog.ErrorReplyFailed(logger, ex, turn.CorrelationId);
            }
        }

        // The turn was received; a 5xx would make the channel redeliver it into the same failure.
        return Results.Ok();
    }
}
