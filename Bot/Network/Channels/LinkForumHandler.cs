using ForumBot.Network.Access;
using ForumBot.Network.Overview;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;

namespace ForumBot.Network.Channels;

/// <summary>
/// "link forum &lt;id or name&gt;" / "tilknyt forum &lt;…&gt;", @mentioned in a Teams channel by a chair
/// of that forum or an admin: the channel becomes the forum's (its reference is already stored
/// by the conversation reference interceptor, which runs before every turn).
/// </summary>
public sealed partial class LinkForumHandler(NetworkIdentity identity, ForumChannels channels, TimeProvider time, ILogger<LinkForumHandler> logger)
    : ITurnHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await identity.RequireRegisteredAsync(turn, cancellationToken) is not { Person: { } person } sender)
        {
            return;
        }

        var language = turn.Language;
        var network = sender.Network;
        var query = turn.Arguments.Trim();
        var forums = NameMatch.IsBlank(query) ? null : NameMatch.Forums(network.Forums, query);
        var (heading, text, hint) = forums switch
        {
            null => LinkForumMessages.Usage(language, network),
            [] => LinkForumMessages.Unknown(language, network, query),
            [var forum] when !sender.May(NetworkAction.LinkChannel, forum.Id) => Refused(LinkForumMessages.NotAllowed(language, network, forum), forum),
            [var forum] when ChannelOf(turn) is null => LinkForumMessages.NotInChannel(language, forum, turn.Activity.Recipient?.Name ?? "ForumBot"),
            [var forum] => await LinkAsync(turn, forum, person, cancellationToken),
            var several => LinkForumMessages.Several(language, several, query),
        };
        await turn.SendNoticeAsync(heading, text, hint, cancellationToken);
    }

    private async Task<(string, string, string?)> LinkAsync(TurnContext turn, Forum forum, Person person, CancellationToken cancellationToken)
    {
        var data = turn.ChannelData;
        var link = new ForumChannelLink(forum.Id, ChannelOf(turn)!, data?.Channel?.Name, data?.Team?.Id, data?.Team?.Name, turn.TenantId, person.Id, time.GetUtcNow());
        var outcome = await channels.LinkAsync(link, cancellationToken);
        if (outcome.Status == LinkStatus.ChangedMeanwhile)
        {
            LogLinkConflict(logger, forum.Id);
            return LinkForumMessages.ChangedMeanwhile(turn.Language, forum);
        }

        LogLinked(logger, forum.Id, person.Id, outcome.Status);
        return LinkForumMessages.Linked(turn.Language, forum, outcome);
    }

    private (string, string, string?) Refused((string, string, string?) message, Forum forum)
    {
        LogRefused(logger, forum.Id);
        return message;
    }

    /// <summary>The channel's id when the turn came from a Teams channel; null in 1:1 and group chats.</summary>
    private static string? ChannelOf(TurnContext turn) =>
        turn.Activity.Conversation?.ConversationType == "channel" && turn.ChannelData?.Channel?.Id is { Length: > 0 } id ? id : null;

    [LoggerMessage(1350, LogLevel.Information, "Forum {ForumId} linked to a channel by {PersonId}: {Status}")]
    private static partial void LogLinked(ILogger logger, string forumId, string personId, LinkStatus status);

    [LoggerMessage(1351, LogLevel.Information, "Linking forum {ForumId} refused: sender is neither a chair nor an admin")]
    private static partial void LogRefused(ILogger logger, string forumId);

    [LoggerMessage(1352, LogLevel.Warning, "Linking forum {ForumId} lost a race with another link; nothing written")]
    private static partial void LogLinkConflict(ILogger logger, string forumId);
}
