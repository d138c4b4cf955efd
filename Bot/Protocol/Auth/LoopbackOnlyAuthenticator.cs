using Microsoft.Extensions.Options;

namespace ForumBot.Protocol.Auth;

/// <summary>
/// Unauthenticated mode (no MicrosoftAppId configured, Development only): only callers on this
/// machine, such as the Agents Playground, are served (see <see cref="UnauthenticatedMode"/>).
/// Everything else is refused. The tenant allow-list still applies (the Playground sends a
/// tenant), and so does Teams-only (the Playground sends msteams).
/// </summary>
public sealed class LoopbackOnlyAuthenticator(IOptions<BotFrameworkOptions> options, IHostEnvironment environment) : IInboundAuthenticator
{
    public Task<InboundAuthResult> AuthenticateAsync(HttpContext http, IncomingActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(activity);

        // The socket's address, never a forwarded header: no middleware here rewrites it, and a request that carries one is refused.
        if (UnauthenticatedMode.RefusalReason(environment.IsDevelopment(), http.Connection.RemoteIpAddress, http.Request.Headers) is { } refusal)
        {
            return Task.FromResult(InboundAuthResult.Unauthorized(refusal));
        }

        if (activity.ServiceUrl is not { IsAbsoluteUri: true, IsLoopback: true })
        {
            return Task.FromResult(InboundAuthResult.Unauthorized("unauthenticated mode accepts loopback serviceUrls only"));
        }

        return Task.FromResult(TenantAllowList.Check(options.Value.AllowedTenants, activity));
    }
}
