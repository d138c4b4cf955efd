using ForumBot.Localization;
using ForumBot.Network;
using ForumBot.Network.Channels;
using ForumBot.Scheduling;
using ForumBot.Teams;
using ForumBot.Updates.Requests;

namespace ForumBot.Agendas.Posting;

/// <summary>
/// Where a forum's agenda goes: its linked channel while the bot can post there, else each of its
/// chairs 1:1, in the language RecipientLocales gives for proactive messages to the person.
/// </summary>
public sealed class AgendaPostTargets(ForumChannels channels, RecipientLocales locales)
{
    /// <summary>The targets of a new post. <paramref name="seen"/> caches locale look-ups over one run.</summary>
    public async Task<IReadOnlyList<AgendaPostTarget>> ForPostAsync(NetworkSnapshot network, Forum forum, Dictionary<string, string> seen,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(forum);
        if (await channels.GetChannelAsync(forum.Id, cancellationToken) is { Active: true } channel)
        {
            return [AgendaPostTarget.Channel(new MessageTarget.Conversation(ConversationKinds.Channel, channel.Key))];
        }

        return await ChairsAsync(network, forum, seen, cancellationToken);
    }

    /// <summary>
    /// Every target a post of the forum's agenda may have gone to (the channel and each current
    /// chair), for keeping posts current whichever way they went. The channel's recipient is a
    /// placeholder: an update goes where its post went.
    /// </summary>
    public async Task<IReadOnlyList<AgendaPostTarget>> AnyPostAsync(NetworkSnapshot network, Forum forum, Dictionary<string, string> seen,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(forum);
        var channel = AgendaPostTarget.Channel(new MessageTarget.Conversation(ConversationKinds.Channel, string.Empty));
        return [channel, .. await ChairsAsync(network, forum, seen, cancellationToken)];
    }

    private async Task<IReadOnlyList<AgendaPostTarget>> ChairsAsync(NetworkSnapshot network, Forum forum, Dictionary<string, string> seen,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(network);
        var targets = new List<AgendaPostTarget>();
        foreach (var chair in forum.Chairs.Select(network.FindPerson).OfType<Person>())
        {
            var locale = await locales.LocaleAsync(chair, seen, cancellationToken);
            targets.Add(AgendaPostTarget.Chair(chair.Id, chair.AadObjectId.ToString(), Languages.FromLocale(locale)));
        }

        return targets;
    }
}
