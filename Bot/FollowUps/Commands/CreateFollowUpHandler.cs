using ForumBot.FollowUps.Access;
using ForumBot.FollowUps.Delivery;
using ForumBot.FollowUps.Model;
using ForumBot.FollowUps.Storage;
using ForumBot.Network;
using ForumBot.Network.Access;
using ForumBot.Network.Channels;
using ForumBot.Privacy;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;

namespace ForumBot.FollowUps.Commands;

/// <summary>
/// "followup &lt;forum&gt;: &lt;text&gt; @owner due &lt;date&gt;" / "opfølgning &lt;forum&gt;: &lt;tekst&gt; @ansvarlig
/// senest &lt;dato&gt;": a chair records a follow-up directly (in the forum's channel the forum may be
/// left out). The owner must be able to do the work: a chair or member of the forum or a contact
/// of one of its initiatives.
/// </summary>
public sealed class CreateFollowUpHandler(NetworkIdentity identity, FollowUpStore store, FollowUpNotifier notifier, ForumOfTurn forumOfTurn, TimeProvider time,
    ILogger<CreateFollowUpHandler> logger) : ITurnHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await identity.RequireRegisteredAsync(turn, cancellationToken) is not { Person: { } person } sender)
        {
            return;
        }

        var language = turn.Language;
        var network = sender.Network;
        var command = CreateCommand.Parse(turn.Arguments);
        if (command is null)
        {
            await ReplyAsync(turn, FollowUpTexts.CreateUsage(language), cancellationToken);
            return;
        }

        Forum? forum;
        if (command.ForumText is null)
        {
            forum = await forumOfTurn.FindAsync(turn, network, cancellationToken);
            if (forum is null)
            {
                await ReplyAsync(turn, FollowUpTexts.CreateUsage(language), cancellationToken);
                return;
            }
        }
        else
        {
            var match = ForumArgument.Match(network, command.ForumText, language);
            if (match.Forum is null && NameMatch.Forums(network.Forums, command.ForumText).Count == 0
                && await forumOfTurn.FindAsync(turn, network, cancellationToken) is { } implied
                && CreateCommand.Parse(turn.Arguments, forumFirst: false) is { } whole)
            {
                // In the forum's channel a colon that names no forum belongs to the text ("kl. 10:00").
                match = new ForumArgument(implied, null);
                command = whole;
            }

            if (match.Forum is null)
            {
                await ReplyAsync(turn, match.Answer!, cancellationToken);
                return;
            }

            forum = match.Forum;
        }

        if (!FollowUpAccess.MayCreate(network, person, forum))
        {
            FollowUpsLog.Refused(logger, person.Id, forum.Id, "create");
            await ReplyAsync(turn, FollowUpTexts.NotChair(language, forum), cancellationToken);
            return;
        }

        if (CprGuard.ContainsCpr(command.Text))
        {
            FollowUpsLog.CprRefused(logger);
            await ReplyAsync(turn, PrivacyTexts.CprRefused(language), cancellationToken);
            return;
        }

        if (command.Text.Length > FollowUp.MaxTextLength)
        {
            await ReplyAsync(turn, FollowUpTexts.TooLong(language, command.Text.Length), cancellationToken);
            return;
        }

        var owners = OwnerMatch.Find(FollowUpAccess.PossibleOwners(network, forum), command.OwnerText);
        if (owners is not [var owner])
        {
            await ReplyAsync(turn, owners.Count == 0 ? FollowUpTexts.UnknownOwner(language, command.OwnerText, forum) : FollowUpTexts.SeveralOwners(language, owners), cancellationToken);
            return;
        }

        var due = DueDates.Parse(command.DueText, DueDates.Today(time, network.TimeZone));
        if (due.Day is not { } day)
        {
            await ReplyAsync(turn, DueDates.Problem(language, due.Problem, command.DueText), cancellationToken);
            return;
        }

        var followUp = new FollowUp(FollowUpIds.New(), forum.Id, FollowUpOrigin.Direct, null, command.Text, owner.Id, owner.OrganisationId, day,
            FollowUpStatus.Open, person.Id, time.GetUtcNow(), 0);
        var stored = await store.CreateAsync(followUp, cancellationToken);
        FollowUpsLog.Created(logger, stored.FollowUp.Id, forum.Id, person.Id, owner.Id);
        var told = await notifier.AssignedAsync(network, stored.FollowUp, person.Id, cancellationToken);
        await ReplyAsync(turn, FollowUpTexts.Created(language, stored.FollowUp, owner, forum)
            + (told ? string.Empty : FollowUpTexts.OwnerNotTold(language, network, stored.FollowUp)), cancellationToken);
    }

    private static async Task ReplyAsync(TurnContext turn, string text, CancellationToken cancellationToken) =>
        await turn.SendAsync(MessageFactory.Text(text), cancellationToken);
}
