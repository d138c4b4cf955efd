namespace ForumBot.Protocol;

/// <summary>
/// Hands out a connector client per serviceUrl. The serviceUrl always comes from the
/// conversation at hand (an inbound activity or a stored reference), never from one
/// process-wide setting: Teams moves conversations between regions.
/// </summary>
public sealed class ConnectorClientFactory(IHttpClientFactory httpClientFactory)
{
    public const string HttpClientName = "BotConnector";

    public ConnectorClient Create(string serviceUrl)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl);
        var normalized = serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
        return new ConnectorClient(httpClientFactory.CreateClient(HttpClientName), new Uri(normalized, UriKind.Absolute));
    }
}
