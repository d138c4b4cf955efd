using ForumBot.Agendas.Cards;
using ForumBot.Localization;
using ForumBot.Scheduling;

namespace ForumBot.Agendas.Posting;

/// <summary>
/// One place a forum's agenda is posted and how it looks there: the forum's channel (Danish, the
/// shared outsider's view) or a chair's 1:1 (the chair's language and view, with a line on how to
/// link a channel). The post and every later update of it are built from this alone, so an update
/// looks exactly as the post would if composed now.
/// </summary>
/// <param name="Target">"channel" or the chair's person id (<see cref="AgendaPostKeys"/>).</param>
/// <param name="Recipient">Where the post goes; an update goes where its post went (the post's stored target).</param>
public sealed record AgendaPostTarget(string Target, MessageTarget Recipient, Language Language, AgendaViewer Viewer, bool Shared, bool LinkHint)
{
    /// <summary>
    /// Channel posts are written in Danish: the network file has no language of its own (only its
    /// people have locales), and ForumBot's networks are Danish.
    /// </summary>
    public const Language ChannelLanguage = Language.Danish;

    public static AgendaPostTarget Channel(MessageTarget recipient) =>
        new(AgendaPostKeys.ChannelTarget, recipient, ChannelLanguage, AgendaViewer.Outsider, Shared: true, LinkHint: false);

    public static AgendaPostTarget Chair(string personId, string aadObjectId, Language language) =>
        new(personId, new MessageTarget.Person(aadObjectId), language, AgendaViewer.Chair, Shared: false, LinkHint: true);
}
