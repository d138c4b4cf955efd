using System.Net;
using System.Net.Http.Headers;
using Polly.Timeout;

namespace ForumBot.Protocol.Outbound;

/// <summary>
/// Innermost: puts the bearer token on every attempt (so a retry after a renewal carries the
/// new one); nothing at all in unauthenticated mode. A 401 gets exactly one more try, with a
/// token acquired afresh (the cached one may have been revoked or rotated early); a second 401
/// goes to the caller, for whom it is permanent (<see cref="FailedCallKind.Unauthorized"/>).
/// </summary>
internal sealed class ConnectorAuthHandler(IBotTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetTokenAsync(cancellationToken);
        request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (token is null || response.StatusCode != HttpStatusCode.Unauthorized
            || await tokens.RenewAsync(token, cancellationToken) is not { } renewed)
        {
            return response;
        }

        response.Dispose();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", renewed);
        return await base.SendAsync(request, cancellationToken);
    }
}

/// <summary>
/// Outermost: a timeout from the pipeline reaches callers as an HttpRequestException, like
/// every other failed connector call, instead of a Polly type they would have to know.
/// </summary>
internal sealed class ConnectorFailureHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new HttpRequestException(HttpRequestError.Unknown, "The Bot Connector did not answer in time.", ex);
        }
    }
}
