using ForumBot.Protocol;

namespace ForumBot.Scheduling.Outbox;

/// <summary>
/// Connector clients for the dispatcher, on the "BotConnector.Outbox" HttpClient: the bearer
/// token handler but NOT the retry pipeline of "BotConnector". One call here is exactly one
/// HTTP attempt, so the rate limiter in front of it counts every attempt, and 429s and
/// transient failures come back to the dispatcher, which waits (Retry-After, backoff) under
/// its own limits and bounds. See docs/scheduling.md.
/// </summary>
public sealed class OutboxConnector(ConnectorClientFactory connectors)
{
    public const string HttpClientName = "BotConnector.Outbox";

    public ConnectorClient Create(string serviceUrl) => connectors.Create(serviceUrl, HttpClientName);
}
