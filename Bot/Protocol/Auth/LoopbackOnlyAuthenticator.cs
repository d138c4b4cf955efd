using System.Net;
using Microsoft.Extensions.Options;

namespace ForumBot.Protocol.Auth;

/// <summary>
/// Unauthenticated mode (no MicrosoftAppId configured): only callers on this machine, such
/// as the Agents Playground, are served. Everything else is refused. The tenant allow-list
/// still applies (the Playground sends a tenant).
/// </summary>
public sealed class LoopbackOnlyAuthenticator(IOptions<BotFrameworkOptions> options) : IInboundAuthenticator
{
    public Task<InboundAuthResult> AuthenticateAsync(HttpContext http, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(activity);

        var remote = http.Connection.RemoteIpAddress;
        if (remote is null || !IPAddress.IsLoopback(remote))
        {
            return Task.FromResult(InboundAuthResult.Unauthorized("unauthenticated mode serves loopback callers only"));
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || !serviceUrl.IsLoopback)
        {
            return Task.FromResult(InboundAuthResult.Unauthorized("unauthenticated mode accepts loopback serviceUrls only"));
        }

        return Task.FromResult(TenantAllowList.Check(options.Value.AllowedTenants, activity));
    }
}
