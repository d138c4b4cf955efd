using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ForumBot.Protocol;

/// <summary>
/// Bot Connector REST API v3 for one serviceUrl. The HttpClient it gets carries the bearer
/// token and the retry pipeline (see Outbound/ConnectorRegistration), so this class only shapes requests.
/// </summary>
public sealed class ConnectorClient(HttpClient http, Uri serviceUrl)
{
    public Uri ServiceUrl { get; } = serviceUrl;

    public Task<SendOutcome> SendToConversationAsync(string conversationId, OutgoingActivity activity, CancellationToken cancellationToken) =>
        PostActivityAsync($"v3/conversations/{Escape(conversationId)}/activities", activity, cancellationToken);

    public Task<SendOutcome> ReplyToActivityAsync(string conversationId, string activityId, OutgoingActivity activity, CancellationToken cancellationToken) =>
        PostActivityAsync($"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, cancellationToken);

    public async Task<SendOutcome> UpdateActivityAsync(string conversationId, string activityId, OutgoingActivity activity, CancellationToken cancellationToken)
    {
        using var content = JsonContent.Create(activity with { Id = activityId }, ProtocolJson.Wire.OutgoingActivity);
        using var response = await http.PutAsync(Resolve($"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}"), content, cancellationToken);
        return await ReadOutcomeAsync(response, cancellationToken);
    }

    /// <summary>Opens a 1:1 chat or a channel thread; answers the new conversation's id.</summary>
    public async Task<CreateConversationOutcome> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken)
    {
        using var content = JsonContent.Create(parameters, ProtocolJson.Wire.ConversationParameters);
        using var response = await http.PostAsync(Resolve("v3/conversations"), content, cancellationToken);
        var failure = ClassifyPermanentFailure(response.StatusCode, await ReadErrorCodeAsync(response, cancellationToken));
        if (failure is not null)
        {
            return new CreateConversationOutcome(null, failure);
        }

        EnsureSuccess(response);
        var created = await response.Content.ReadFromJsonAsync(ProtocolJson.Wire.ConversationResourceResponse, cancellationToken);
        return new CreateConversationOutcome(created, null);
    }

    private async Task<SendOutcome> PostActivityAsync(string path, OutgoingActivity activity, CancellationToken cancellationToken)
    {
        using var content = JsonContent.Create(activity, ProtocolJson.Wire.OutgoingActivity);
        using var response = await http.PostAsync(Resolve(path), content, cancellationToken);
        return await ReadOutcomeAsync(response, cancellationToken);
    }

    private static async Task<SendOutcome> ReadOutcomeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var failure = ClassifyPermanentFailure(response.StatusCode, await ReadErrorCodeAsync(response, cancellationToken));
        if (failure is not null)
        {
            return SendOutcome.Failed(failure.Value);
        }

        EnsureSuccess(response);
        string? id = null;
        if (response.Content.Headers.ContentLength is not 0 && response.StatusCode != HttpStatusCode.Accepted)
        {
            try
            {
                id = (await response.Content.ReadFromJsonAsync(ProtocolJson.Wire.ResourceResponse, cancellationToken))?.Id;
            }
            catch (JsonException)
            {
                // Some channels answer 200 with an empty or non-JSON body; the send still succeeded.
            }
        }

        return SendOutcome.Sent(id);
    }

    private static ConversationFailure? ClassifyPermanentFailure(HttpStatusCode status, string? errorCode) => status switch
    {
        HttpStatusCode.Forbidden when string.Equals(errorCode, "MessageWritesBlocked", StringComparison.OrdinalIgnoreCase)
            || string.Equals(errorCode, "ConversationBlockedByUser", StringComparison.OrdinalIgnoreCase) => ConversationFailure.Blocked,
        HttpStatusCode.Forbidden when string.Equals(errorCode, "BotNotInConversationRoster", StringComparison.OrdinalIgnoreCase) => ConversationFailure.Uninstalled,
        HttpStatusCode.NotFound => ConversationFailure.Gone,
        _ => null,
    };

    private static async Task<string?> ReadErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode || response.StatusCode != HttpStatusCode.Forbidden)
        {
            return null;
        }

        try
        {
            var body = await response.Content.ReadFromJsonAsync(ProtocolJson.Wire.ErrorResponse, cancellationToken);
            return body?.Error?.Code;
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            return null;
        }
    }

    private static void EnsureSuccess(HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw new ConnectorThrottledException(response.Headers.RetryAfter);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Connector answered {(int)response.StatusCode}.", null, response.StatusCode);
        }
    }

    private Uri Resolve(string relative) => new(ServiceUrl, relative);

    private static string Escape(string value) => Uri.EscapeDataString(value);
}

/// <summary>Why a conversation can no longer receive messages: the caller marks it dead.</summary>
public enum ConversationFailure
{
    Blocked,
    Uninstalled,
    Gone,
}

public readonly record struct SendOutcome(bool Succeeded, string? ActivityId, ConversationFailure? Failure)
{
    public static SendOutcome Sent(string? activityId) => new(true, activityId, null);

    public static SendOutcome Failed(ConversationFailure failure) => new(false, null, failure);
}

public sealed record CreateConversationOutcome(ConversationResourceResponse? Conversation, ConversationFailure? Failure);
