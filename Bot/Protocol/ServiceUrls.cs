namespace ForumBot.Protocol;

/// <summary>
/// The one rule for a serviceUrl, wherever one is parsed (an inbound activity, a stored
/// conversation reference, the connector's answer to a new conversation): absolute, http or https.
/// </summary>
public static class ServiceUrls
{
    public static bool IsValid(Uri? serviceUrl) =>
        serviceUrl is { IsAbsoluteUri: true } && (serviceUrl.Scheme == Uri.UriSchemeHttps || serviceUrl.Scheme == Uri.UriSchemeHttp);

    public static Uri? TryParse(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var parsed) && IsValid(parsed) ? parsed : null;
}
