namespace ForumBot.Protocol.Auth;

public enum InboundAuthStatus
{
    Authenticated,

    /// <summary>Answer 401, no detail: the token (or its absence) did not prove the caller.</summary>
    Unauthorized,

    /// <summary>Answer 403: a proven caller from a tenant outside the allow-list.</summary>
    Forbidden,
}

/// <summary>The outcome of checking an inbound request; the reason is logged, never returned.</summary>
public sealed record InboundAuthResult(InboundAuthStatus Status, string? Reason)
{
    public static InboundAuthResult Ok { get; } = new(InboundAuthStatus.Authenticated, null);

    public static InboundAuthResult Unauthorized(string reason) => new(InboundAuthStatus.Unauthorized, reason);

    public static InboundAuthResult Forbidden(string reason) => new(InboundAuthStatus.Forbidden, reason);
}

/// <summary>Decides whether an inbound activity really comes from the channel (fail closed).</summary>
public interface IInboundAuthenticator
{
    Task<InboundAuthResult> AuthenticateAsync(HttpContext http, IncomingActivity activity, CancellationToken cancellationToken);
}
