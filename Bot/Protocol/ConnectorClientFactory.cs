namespace ForumBot.Protocol;

/// <summary>
/// Hands out a connector client per serviceUrl. The serviceUrl always comes from the
/// conversation at hand (an inbound activity or a stored reference), never from one
/// process-wide setting: Teams moves conversations between regions.
/// </summary>
public sealed class ConnectorClientFactory(IHttpClientFactory httpClientFactory)
{
    public const string HttpClientName = "BotConnector";

    /// <param name="serviceUrl">The conversation's serviceUrl.</param>
    /// <param name="httpClientName">The named HttpClient to send through (its handlers decide auth and retries).</param>
    public ConnectorClient Create(Uri serviceUrl, string httpClientName = HttpClientName)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!ServiceUrls.IsValid(serviceUrl))
        {
            throw new ArgumentException("A serviceUrl is an absolute http(s) URI.", nameof(serviceUrl));
        }

        // Relative API paths resolve below the serviceUrl's own path ("…/emea/v3/…") only if it ends in '/'.
        var original = serviceUrl.OriginalString;
        var normalized = original.EndsWith('/') ? serviceUrl : new Uri(original + "/", UriKind.Absolute);
        return new ConnectorClient(httpClientFactory.CreateClient(httpClientName), normalized);
    }
}
