using ForumBot.Network;
using ForumBot.Network.Access;
using ForumBot.Network.Channels;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;
using ForumBot.Scheduling;
using ForumBot.Updates.Cycles;

namespace ForumBot.Agendas.Closing;

/// <summary>
/// "close meeting [forum]" / "afslut møde [forum]": a chair ends the meeting under way, or else the
/// last one that has started (a chair who forgot, before it closes by itself at its end). In the
/// forum's channel the forum is implied; in a 1:1 it is named.
/// </summary>
public sealed class CloseMeetingHandler(NetworkIdentity identity, ForumOfTurn forumOfTurn, MeetingCloser closer, TimeProvider time, ILogger<CloseMeetingHandler> logger)
    : ITurnHandler
{
    /// <summary>How far back a started meeting is looked for: a forum meets at least once a year.</summary>
    private static readonly TimeSpan LookBack = TimeSpan.FromDays(400);

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await identity.RequireRegisteredAsync(turn, cancellationToken) is not { Person: { } person } sender)
        {
            return;
        }

        var language = turn.Language;
        var network = sender.Network;
        var query = turn.Arguments.Trim();
        IReadOnlyList<Forum> forums = NameMatch.IsBlank(query)
            ? await forumOfTurn.FindAsync(turn, network, cancellationToken) is { } implied ? [implied] : []
            : NameMatch.Forums(network.Forums, query);
        var answer = forums switch
        {
            [var one] when !sender.May(NetworkAction.RunMeeting, one.Id) => ClosingTexts.NotChair(language, one),
            [_] => null,
            [] when NameMatch.IsBlank(query) => ClosingTexts.Usage(language, network.ForumsChairedBy(person.Id)),
            [] => ClosingTexts.UnknownForum(language, query),
            var several => ClosingTexts.SeveralForums(language, several),
        };
        if (answer is not null)
        {
            if (forums is [var refused])
            {
                AgendasLog.CloseRefused(logger, refused.Id, "not a chair");
            }

            await ReplyAsync(turn, answer, cancellationToken);
            return;
        }

        var forum = forums[0];
        var cadence = forum.ToCadence();
        var now = time.GetUtcNow();
        if (MeetingCalendar.MeetingsBetween(cadence, network.TimeZone, now - LookBack, now).LastOrDefault() is not { } meeting)
        {
            AgendasLog.CloseRefused(logger, forum.Id, "no meeting has started");
            await ReplyAsync(turn, ClosingTexts.NotStarted(language, forum, MeetingCalendar.NextMeeting(cadence, network.TimeZone, now), network.TimeZone), cancellationToken);
            return;
        }

        var result = await closer.CloseAsync(network, forum, meeting, person.Id, cancellationToken);
        await ReplyAsync(turn, result.ClosedNow
            ? ClosingTexts.Closed(language, forum, meeting, result, network.TimeZone)
            : ClosingTexts.AlreadyClosed(language, forum, meeting, result.State, network), cancellationToken);
    }

    private static async Task ReplyAsync(TurnContext turn, string text, CancellationToken cancellationToken) =>
        await turn.SendAsync(MessageFactory.Text(text), cancellationToken);
}
