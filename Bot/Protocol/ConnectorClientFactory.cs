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
    public ConnectorClient Create(string serviceUrl, string httpClientName = HttpClientName)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl);
        var normalized = serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
        return new ConnectorClient(httpClientFactory.CreateClient(httpClientName), new Uri(normalized, UriKind.Absolute));
    }
}
