using ForumBot.Agendas.Meetings;
using ForumBot.Localization;
using ForumBot.Network;
using ForumBot.Network.Access;
using ForumBot.Network.Channels;
using ForumBot.Privacy;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;
using ForumBot.Scheduling;
using ForumBot.Updates.Cycles;

namespace ForumBot.Agendas.Proposals;

/// <summary>
/// "propose &lt;forum&gt;: &lt;text&gt;" / "foreslå &lt;forum&gt;: &lt;tekst&gt;": a chair or member of the
/// forum puts an item on the agenda of its next meeting that has not started (during a meeting, the
/// one after it). In the forum's channel the forum may be left out; there a colon that names no
/// forum belongs to the text.
/// </summary>
public sealed class ProposeHandler(NetworkIdentity identity, ForumOfTurn forumOfTurn, MeetingStore meetings, TimeProvider time, ILogger<ProposeHandler> logger)
    : ITurnHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await identity.RequireRegisteredAsync(turn, cancellationToken) is not { Person: { } person } sender)
        {
            return;
        }

        var language = turn.Language;
        var network = sender.Network;
        var (forum, text, answer) = await ParseAsync(turn, network, person, cancellationToken);
        if (forum is null)
        {
            await ReplyAsync(turn, answer!, cancellationToken);
            return;
        }

        var refusal = Check(language, sender, forum, text);
        if (refusal is not null)
        {
            await ReplyAsync(turn, refusal, cancellationToken);
            return;
        }

        var now = time.GetUtcNow();
        if (MeetingCalendar.NextMeeting(forum.ToCadence(), network.TimeZone, now) is not { } meeting)
        {
            await ReplyAsync(turn, ProposalTexts.NoMeeting(language, forum), cancellationToken);
            return;
        }

        var proposal = new Proposal(ProposalIds.New(), text, person.Id, now);
        await meetings.AddProposalAsync(forum.Id, meeting.MeetingId, proposal, cancellationToken);
        AgendasLog.Proposed(logger, proposal.Id, forum.Id, meeting.MeetingId, person.Id);
        var when = LocalTimeText.Format(language, meeting.StartsAtUtc, network.TimeZone);
        await ReplyAsync(turn, ProposalTexts.Proposed(language, forum, when, text), cancellationToken);
    }

    /// <summary>The forum and the text, or the answer to give instead.</summary>
    private async Task<(Forum? Forum, string Text, string? Answer)> ParseAsync(TurnContext turn, NetworkSnapshot network, Person person, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var arguments = turn.Arguments.Trim();
        var implied = await forumOfTurn.FindAsync(turn, network, cancellationToken);
        var colon = arguments.IndexOf(':', StringComparison.Ordinal);
        var named = colon > 0 ? NameMatch.Forums(network.Forums, arguments[..colon]) : [];
        (Forum? Forum, string Text, string? Answer) parsed = (named, implied) switch
        {
            ([var forum], _) => (forum, arguments[(colon + 1)..].Trim(), null),
            (_, { } channelForum) => (channelForum, arguments, null),
            ([], null) when colon > 0 => (null, string.Empty, ProposalTexts.UnknownForum(language, arguments[..colon].Trim())),
            ([], null) => (null, string.Empty, ProposalTexts.Usage(language, network.ForumsOf(person.Id))),
            (var several, null) => (null, string.Empty, ProposalTexts.SeveralForums(language, several)),
        };
        return parsed.Forum is not null && parsed.Text.Length == 0
            ? (null, string.Empty, ProposalTexts.Usage(language, network.ForumsOf(person.Id)))
            : parsed;
    }

    private string? Check(Language language, NetworkSender sender, Forum forum, string text)
    {
        var personId = sender.Person!.Id;
        if (!sender.May(NetworkAction.ProposeItem, forum.Id))
        {
            AgendasLog.ProposalRefused(logger, personId, forum.Id, "not a chair or member");
            return ProposalTexts.NotAllowed(language, forum);
        }

        if (CprGuard.ContainsCpr(text))
        {
            AgendasLog.ProposalRefused(logger, personId, forum.Id, "CPR-like number");
            return ProposalTexts.Cpr(language);
        }

        if (text.Length > Proposal.MaxTextLength)
        {
            AgendasLog.ProposalRefused(logger, personId, forum.Id, "too long");
            return ProposalTexts.TooLong(language, text.Length);
        }

        return null;
    }

    private static async Task ReplyAsync(TurnContext turn, string text, CancellationToken cancellationToken) =>
        await turn.SendAsync(MessageFactory.Text(text), cancellationToken);
}
