using ForumBot.Localization;
using ForumBot.Network;
using ForumBot.Network.Access;
using ForumBot.Privacy;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;
using ForumBot.Updates.Cards;
using ForumBot.Updates.Cycles;
using ForumBot.Updates.Model;
using ForumBot.Updates.Storage;

namespace ForumBot.Updates.Handlers;

/// <summary>
/// "update &lt;initiative&gt;: &lt;text&gt;" / "opdatering &lt;indsats&gt;: &lt;tekst&gt;" in the 1:1 chat:
/// stores the text as "what went well" on the initiative's update for the cycle collecting
/// updates now (the earliest deadline, if it reports to several forums), creating it if needed.
/// </summary>
public sealed class QuickUpdateHandler(NetworkIdentity identity, UpdateStore updates, UpdateSavedListeners listeners, TimeProvider time, ILogger<QuickUpdateHandler> logger)
    : ITurnHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!turn.IsPersonalChat)
        {
            await ReplyAsync(turn, language.Pick("Send quick updates to me in our 1:1 chat, please.", "Send venligst hurtige opdateringer til mig i vores 1:1-chat."), cancellationToken);
            return;
        }

        if (await identity.RequireRegisteredAsync(turn, cancellationToken) is not { Person: { } person } sender)
        {
            return;
        }

        var network = sender.Network;
        var own = network.Initiatives.Where(i => sender.May(NetworkAction.SubmitUpdate, i.Id)).ToList();
        var separator = turn.Arguments.IndexOf(':', StringComparison.Ordinal);
        var text = separator < 0 ? string.Empty : turn.Arguments[(separator + 1)..].Trim();
        if (separator < 0 || text.Length == 0)
        {
            await ReplyAsync(turn, QuickUpdateTexts.Usage(language, own), cancellationToken);
            return;
        }

        var match = InitiativeMatcher.Match(turn.Arguments[..separator], network.Initiatives, own);
        if (match.Initiative is not { } initiative || match.Kind != InitiativeMatchKind.Found)
        {
            await ReplyAsync(turn, QuickUpdateTexts.NotMatched(language, match, own), cancellationToken);
            return;
        }

        if (CprGuard.ContainsCpr(text))
        {
            UpdatesLog.CprRefused(logger, "quick update");
            await ReplyAsync(turn, PrivacyTexts.CprRefused(language), cancellationToken);
            return;
        }

        if (text.Length > UpdateContent.MaxTextLength)
        {
            await ReplyAsync(turn, QuickUpdateTexts.TooLong(language, text.Length), cancellationToken);
            return;
        }

        var now = time.GetUtcNow();
        var forums = initiative.Forums.Select(network.FindForum).OfType<Forum>().ToList();
        var cycle = forums.SelectMany(f => UpdateCycles.OpenAt(f, network.TimeZone, now)).OrderBy(c => c.DeadlineAt).FirstOrDefault();
        if (cycle is null)
        {
            await ReplyAsync(turn, QuickUpdateTexts.NoOpenCycle(language, initiative, NextPrompt(forums, network.TimeZone, now), network.TimeZone), cancellationToken);
            return;
        }

        var current = await updates.FindAsync(cycle.ForumId, cycle.MeetingId, initiative.Id, cancellationToken);
        var next = new UpdateRow
        {
            ForumId = cycle.ForumId,
            MeetingId = cycle.MeetingId,
            InitiativeId = initiative.Id,
            SubmittedBy = person.Id,
            SubmittedAt = now,
            Source = "text",
            DeadlineAt = cycle.DeadlineAt,
        };
        var content = (current?.Content() ?? UpdateContent.Empty) with { WentWell = text };
        next.SetContent(content);
        var outcome = await updates.SaveAsync(current, next, cancellationToken);
        if (!outcome.Succeeded)
        {
            await ReplyAsync(turn, language.Pick("Someone changed this update at the same moment; please send it again.", "Nogen ændrede opdateringen i samme øjeblik; send den venligst igen."), cancellationToken);
            return;
        }

        UpdatesLog.Saved(logger, initiative.Id, cycle.ForumId, cycle.MeetingId, next.Version, person.Id, next.Source);
        await listeners.NotifyAsync(new UpdateSaved(cycle.ForumId, cycle.MeetingId, initiative.Id, content, person.Id, now), cancellationToken);
        var forum = network.FindForum(cycle.ForumId)!;
        await ReplyAsync(turn, QuickUpdateTexts.Saved(language, initiative, forum, cycle, network.TimeZone), cancellationToken);
    }

    private static MeetingCycle? NextPrompt(IEnumerable<Forum> forums, TimeZoneInfo zone, DateTimeOffset now) =>
        forums.Select(f => UpdateCycles.NextPrompt(f, zone, now)).OfType<MeetingCycle>()
            .OrderBy(c => c.PromptAt)
            .FirstOrDefault();

    private static async Task ReplyAsync(TurnContext turn, string text, CancellationToken cancellationToken) =>
        await turn.SendAsync(MessageFactory.Text(text), cancellationToken);
}
