using ForumBot.Agendas.Posting;
using System.Text.Json.Nodes;
using ForumBot.Agendas.Cards;
using ForumBot.Agendas.Meetings;
using ForumBot.Agendas.Model;
using ForumBot.Localization;
using ForumBot.Network;
using ForumBot.Protocol;
using ForumBot.Scheduling;
using ForumBot.Updates.Requests;

namespace ForumBot.Agendas.Closing;

/// <summary>Where a closed meeting's minutes went: into the agenda's thread in the channel, or to the chairs 1:1.</summary>
public sealed record MinutesDelivery(bool InThread, int Chairs);

/// <summary>
/// Enqueues a closed meeting's minutes through the outbox. When the agenda was posted in the
/// forum's channel, the minutes go into that post's thread, as everyone there reads them (the
/// outsider's view); else to each chair 1:1, under the agenda they were sent if any. Keys are
/// deterministic ("agenda|&lt;forum&gt;|&lt;meeting&gt;|minutes|&lt;target&gt;"), so enqueueing twice sends once.
/// </summary>
public sealed class MinutesPoster(IOutbox outbox, RecipientLocales locales, IEnumerable<IMinutesSection> sections,
    TimeProvider time, ILogger<MinutesPoster> logger)
{
    public const string Kind = "agenda-minutes";

    /// <summary>Minutes in a channel are written in Danish, as the agenda posted there is: the network has no language of its own, and its networks are Danish.</summary>
    public const Language ChannelLanguage = AgendaPostTarget.ChannelLanguage;

    public async Task<MinutesDelivery> EnqueueAsync(NetworkSnapshot network, Agenda closed, Meeting? next, IReadOnlyList<CarriedItem> carried, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(closed);
        var forum = closed.Forum;
        var meetingId = closed.Meeting.MeetingId;
        var channelPost = await outbox.FindAsync(AgendaPostKeys.Post(forum.Id, meetingId, AgendaPostKeys.ChannelTarget), cancellationToken);
        if (channelPost is { State: not OutboxState.Failed })
        {
            var scope = new MinutesScope(network, closed, ChannelLanguage, AgendaViewer.Outsider);
            var about = new MessageRelation(channelPost.Key, MessageRelationKind.ReplyInThread);
            await EnqueueAsync(scope, AgendaPostKeys.ChannelTarget, channelPost.Target, about, next, carried, shared: true, cancellationToken);
            return new MinutesDelivery(true, 0);
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var chairs = 0;
        foreach (var chair in forum.Chairs.Select(network.FindPerson).OfType<Person>())
        {
            var post = await outbox.FindAsync(AgendaPostKeys.Post(forum.Id, meetingId, chair.Id), cancellationToken);
            var about = post is { State: not OutboxState.Failed } ? new MessageRelation(post.Key, MessageRelationKind.ReplyInThread) : null;
            var target = about is not null ? post!.Target : new MessageTarget.Person(chair.AadObjectId.ToString());
            var language = Languages.FromLocale(await locales.LocaleAsync(chair, seen, cancellationToken));
            var scope = new MinutesScope(network, closed, language, AgendaViewer.Chair);
            await EnqueueAsync(scope, chair.Id, target, about, next, carried, shared: false, cancellationToken);
            chairs++;
        }

        return new MinutesDelivery(false, chairs);
    }

    private async Task EnqueueAsync(MinutesScope scope, string targetName, MessageTarget target, MessageRelation? about, Meeting? next,
        IReadOnlyList<CarriedItem> carried, bool shared, CancellationToken cancellationToken)
    {
        var parts = new List<JsonNode>();
        foreach (var section in sections.OrderBy(s => s.Order))
        {
            parts.AddRange(await section.BuildAsync(scope, cancellationToken));
        }

        var card = MinutesCard.Build(scope, parts, next, carried, shared);
        var summary = scope.Pick($"Minutes: {scope.Forum.Name}", $"Referat: {scope.Forum.Name}");
        var key = AgendaPostKeys.Minutes(scope.Forum.Id, scope.Meeting.MeetingId, targetName);
        var work = new DueWork(key, Kind, time.GetUtcNow(), target, MessageFactory.Card(card, summary) with { Locale = scope.Pick("en-GB", "da-DK") },
            $"Minutes of {scope.Forum.Id} {scope.Meeting.MeetingId} for {targetName}")
        {
            About = about,
        };
        var result = await outbox.EnqueueAsync(work, cancellationToken);
        AgendasLog.MinutesEnqueued(logger, scope.Forum.Id, scope.Meeting.MeetingId, targetName, about is null ? result.ToString() : $"{result} in the agenda's thread");
    }
}
