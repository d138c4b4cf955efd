using System.Net;

namespace ForumBot.Protocol.Auth;

/// <summary>
/// Who unauthenticated mode (empty MicrosoftAppId) may serve: nobody outside the Development
/// environment, and there only a caller whose socket is on this machine. The address is the
/// connection's own; a request carrying forwarding headers is refused outright, because it came
/// through a proxy or tunnel on this machine (the real caller is elsewhere) or forwarded-headers
/// middleware has already replaced the socket address with a header's claim.
/// </summary>
public static class UnauthenticatedMode
{
    /// <summary>Set by proxies and tunnels, or (X-Original-For) by ASP.NET Core's forwarded-headers middleware when it rewrote the address.</summary>
    public static readonly IReadOnlyList<string> ForwardingHeaders = ["Forwarded", "X-Forwarded-For", "X-Original-For", "X-Forwarded-Host", "X-Original-Host"];

    /// <summary>The start-up line when MicrosoftAppId is empty outside Development.</summary>
    public static string StartupProblem(string environmentName) =>
        $"MicrosoftAppId is empty, but unauthenticated mode is only for the Development environment with callers on this machine (this is '{environmentName}'). " +
        "Set MicrosoftAppId (with MicrosoftAppType, MicrosoftAppTenantId and MicrosoftAppPassword or a managed identity), " +
        "or ASPNETCORE_ENVIRONMENT=Development for a local run.";

    /// <summary>
    /// Stops start-up (and a CLI command the moment it needs the Bot Framework settings, i.e. before
    /// it sends) when MicrosoftAppId is empty outside Development: the line to report, or null.
    /// </summary>
    public static string? StartupProblem(BotFrameworkOptions options, string environmentName)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.IsAuthenticated || string.Equals(environmentName, Environments.Development, StringComparison.OrdinalIgnoreCase)
            ? null
            : StartupProblem(environmentName);
    }

    /// <summary>Null when the caller may be served; otherwise why not (for the log).</summary>
    public static string? RefusalReason(bool isDevelopment, IPAddress? socketAddress, IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (!isDevelopment)
        {
            return "unauthenticated mode serves the Development environment only";
        }

        if (!IsLoopback(socketAddress))
        {
            return "unauthenticated mode serves loopback callers only";
        }

        return ForwardingHeaders.Any(headers.ContainsKey)
            ? "unauthenticated mode refuses forwarded requests (a proxy or tunnel on this machine)"
            : null;
    }

    /// <summary>127.0.0.0/8 and ::1, also as an IPv4-mapped IPv6 address (a dual-mode socket).</summary>
    public static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
