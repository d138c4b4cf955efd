using ForumBot.Protocol;
using ForumBot.Protocol.Routing;

namespace ForumBot.Teams;

/// <summary>
/// conversationUpdate needs no answer beyond 200: the conversation reference interceptor
/// already stored or retired the reference. (installationUpdate is the Help feature's welcome.)
/// </summary>
public sealed class LifecycleHandler : ITurnHandler
{
    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;
}
