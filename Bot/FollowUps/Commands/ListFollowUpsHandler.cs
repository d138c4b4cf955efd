using ForumBot.FollowUps.Access;
using ForumBot.FollowUps.Cards;
using ForumBot.FollowUps.Model;
using ForumBot.FollowUps.Storage;
using ForumBot.Localization;
using ForumBot.Network;
using ForumBot.Network.Access;
using ForumBot.Network.Channels;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;

namespace ForumBot.FollowUps.Commands;

/// <summary>
/// "followups" / "opfølgninger": the sender's own follow-ups (open first, overdue marked), or in a
/// forum's channel that forum's; "followups &lt;forum&gt;": the forum's, for its chairs and members,
/// managers and admins.
/// </summary>
public sealed class ListFollowUpsHandler(NetworkIdentity identity, FollowUpStore store, ForumOfTurn forumOfTurn, TimeProvider time, ILogger<ListFollowUpsHandler> logger) : ITurnHandler
{
    /// <summary>Closed follow-ups shown in "mine" after the open ones: the latest few.</summary>
    public const int ClosedShown = 10;

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await identity.RequireRegisteredAsync(turn, cancellationToken) is not { Person: { } person } sender)
        {
            return;
        }

        var language = turn.Language;
        var network = sender.Network;
        var today = DueDates.Today(time, network.TimeZone);
        Forum? forum;
        if (NameMatch.IsBlank(turn.Arguments))
        {
            forum = await forumOfTurn.FindAsync(turn, network, cancellationToken);
            if (forum is null)
            {
                var mine = (await store.OwnerAllAsync(person.Id, cancellationToken)).Select(s => s.FollowUp).ToList();
                var shown = mine.Where(f => f.IsOpen).Concat(mine.Where(f => !f.IsOpen).OrderByDescending(f => f.Due).Take(ClosedShown));
                await SendCardAsync(turn, FollowUpListCard.Build(language, language.Pick("Your follow-ups", "Dine opfølgninger"),
                    language.Pick("You have no follow-ups.", "Du har ingen opfølgninger."), shown, network, today), cancellationToken);
                return;
            }
        }
        else
        {
            var match = ForumArgument.Match(network, turn.Arguments, language);
            if (match.Forum is null)
            {
                await turn.SendAsync(MessageFactory.Text(match.Answer!), cancellationToken);
                return;
            }

            forum = match.Forum;
        }

        if (!FollowUpAccess.MayView(network, person, forum))
        {
            FollowUpsLog.Refused(logger, person.Id, forum.Id, "view");
            await turn.SendAsync(MessageFactory.Text(FollowUpTexts.MayNotView(language, forum)), cancellationToken);
            return;
        }

        var followUps = (await store.ForumAsync(forum.Id, cancellationToken)).Select(s => s.FollowUp);
        await SendCardAsync(turn, FollowUpListCard.Build(language, language.Pick($"Follow-ups: {forum.Name}", $"Opfølgninger: {forum.Name}"),
            language.Pick("The forum has no follow-ups.", "Forummet har ingen opfølgninger."), followUps, network, today), cancellationToken);
    }

    private static async Task SendCardAsync(TurnContext turn, System.Text.Json.Nodes.JsonObject card, CancellationToken cancellationToken) =>
        await turn.SendAsync(MessageFactory.Card(card, turn.Language.Pick("Follow-ups", "Opfølgninger")), cancellationToken);
}
