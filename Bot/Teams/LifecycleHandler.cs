using ForumBot.Protocol;
using ForumBot.Protocol.Routing;

namespace ForumBot.Teams;

/// <summary>
/// installationUpdate and conversationUpdate need no answer beyond 200: the conversation
/// reference interceptor already stored or retired the reference.
/// </summary>
public sealed class LifecycleHandler : ITurnHandler
{
    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;
}
