using ForumBot.FollowUps.Access;
using ForumBot.FollowUps.Delivery;
using ForumBot.FollowUps.Model;
using ForumBot.FollowUps.Storage;
using ForumBot.Localization;
using ForumBot.Network;
using ForumBot.Network.Access;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;

namespace ForumBot.FollowUps.Commands;

/// <summary>What a change command asks for, or the answer to give instead.</summary>
public readonly record struct RequestedChange(FollowUp? Next, FollowUpChange? Change, string? Answer);

/// <summary>
/// "followup &lt;verb&gt; &lt;id&gt; …": one change to one follow-up. The owner and the forum's chairs mark
/// it done; the chairs cancel it, move its due date and give it to someone else. A closed
/// follow-up is not changed again, and a change that loses a race to another is not saved: both
/// answers say who did what when, and how the follow-up stands now.
/// </summary>
public abstract class ChangeFollowUpHandler(NetworkIdentity identity, FollowUpStore store, TimeProvider time, ILogger logger) : ITurnHandler
{
    protected TimeProvider Time => time;

    /// <summary>Whether only the forum's chairs may make this change (else the owner may too).</summary>
    protected abstract bool ChairsOnly { get; }

    protected abstract string Usage(Language language);

    /// <summary>The follow-up after the change, from the command's words after the id.</summary>
    protected abstract RequestedChange Apply(FollowUp current, string rest, Person sender, NetworkSnapshot network, Language language);

    protected abstract string Saved(Language language, FollowUp saved, NetworkSnapshot network);

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await identity.RequireRegisteredAsync(turn, cancellationToken) is not { Person: { } person } sender)
        {
            return;
        }

        var language = turn.Language;
        var network = sender.Network;
        var words = turn.Arguments.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            await ReplyAsync(turn, Usage(language), cancellationToken);
            return;
        }

        var id = FollowUpIds.FromTyped(words[0]);
        var rest = words.Length > 1 ? words[1] : string.Empty;
        var stored = id is null ? null : await store.FindAsync(id, cancellationToken);
        var forum = stored is null ? null : network.FindForum(stored.FollowUp.ForumId);
        if (stored is null || forum is null || !FollowUpAccess.MayView(network, person, forum) && stored.FollowUp.OwnerId != person.Id)
        {
            await ReplyAsync(turn, FollowUpTexts.UnknownFollowUp(language, words[0]), cancellationToken);
            return;
        }

        var current = stored.FollowUp;
        var allowed = ChairsOnly ? forum.IsChair(person.Id) && network.FindPerson(person.Id) is not null : FollowUpAccess.MayChange(network, person, current);
        if (!allowed)
        {
            FollowUpsLog.Refused(logger, person.Id, forum.Id, "change");
            await ReplyAsync(turn, ChairsOnly ? FollowUpTexts.ChairsOnly(language, forum) : FollowUpTexts.OwnerOrChairs(language, forum), cancellationToken);
            return;
        }

        var now = time.GetUtcNow();
        if (!current.IsOpen)
        {
            var last = (await store.HistoryAsync(current.Id, cancellationToken)).LastOrDefault();
            await ReplyAsync(turn, FollowUpTexts.AlreadyClosed(language, current, last, network, now), cancellationToken);
            return;
        }

        var requested = Apply(current, rest, person, network, language);
        if (requested.Next is not { } next || requested.Change is not { } change)
        {
            await ReplyAsync(turn, requested.Answer ?? Usage(language), cancellationToken);
            return;
        }

        var result = await store.ChangeAsync(stored, next, change, cancellationToken);
        if (!result.Succeeded)
        {
            FollowUpsLog.ChangedMeanwhile(logger, current.Id, person.Id);
            await ReplyAsync(turn, FollowUpTexts.ChangedMeanwhile(language, result.LastChange, result.Current?.FollowUp, network, now), cancellationToken);
            return;
        }

        FollowUpsLog.Changed(logger, current.Id, person.Id, change.Kind.ToString());
        var after = await AfterSavedAsync(result.Saved!.FollowUp, person, network, language, cancellationToken);
        await ReplyAsync(turn, Saved(language, result.Saved!.FollowUp, network) + after, cancellationToken);
    }

    /// <summary>After the change is saved; returns what to add to the answer (empty for nothing).</summary>
    protected virtual Task<string> AfterSavedAsync(FollowUp saved, Person sender, NetworkSnapshot network, Language language, CancellationToken cancellationToken) =>
        Task.FromResult(string.Empty);

    protected FollowUpChange ChangeBy(Person sender, FollowUpChangeKind kind, string? newValue = null) =>
        new(0, sender.Id, time.GetUtcNow(), kind, newValue);

    private static async Task ReplyAsync(TurnContext turn, string text, CancellationToken cancellationToken) =>
        await turn.SendAsync(MessageFactory.Text(text), cancellationToken);
}

/// <summary>"followup done &lt;id&gt;" / "opfølgning udført &lt;id&gt;": the owner or a chair.</summary>
public sealed class MarkDoneHandler(NetworkIdentity identity, FollowUpStore store, TimeProvider time, ILogger<MarkDoneHandler> logger)
    : ChangeFollowUpHandler(identity, store, time, logger)
{
    protected override bool ChairsOnly => false;

    protected override string Usage(Language language) => language.Pick("Write it like this: followup done <id>", "Skriv sådan: opfølgning udført <id>");

    protected override RequestedChange Apply(FollowUp current, string rest, Person sender, NetworkSnapshot network, Language language) =>
        new(current with { Status = FollowUpStatus.Done }, ChangeBy(sender, FollowUpChangeKind.Done), null);

    protected override string Saved(Language language, FollowUp saved, NetworkSnapshot network) =>
        language.Pick($"Marked done ✓: {saved.Text}", $"Markeret som udført ✓: {saved.Text}");
}

/// <summary>"followup cancel &lt;id&gt;" / "opfølgning annuller &lt;id&gt;": chairs.</summary>
public sealed class CancelHandler(NetworkIdentity identity, FollowUpStore store, TimeProvider time, ILogger<CancelHandler> logger)
    : ChangeFollowUpHandler(identity, store, time, logger)
{
    protected override bool ChairsOnly => true;

    protected override string Usage(Language language) => language.Pick("Write it like this: followup cancel <id>", "Skriv sådan: opfølgning annuller <id>");

    protected override RequestedChange Apply(FollowUp current, string rest, Person sender, NetworkSnapshot network, Language language) =>
        new(current with { Status = FollowUpStatus.Cancelled }, ChangeBy(sender, FollowUpChangeKind.Cancelled), null);

    protected override string Saved(Language language, FollowUp saved, NetworkSnapshot network) =>
        language.Pick($"Cancelled ✓: {saved.Text}", $"Annulleret ✓: {saved.Text}");
}

/// <summary>"followup due &lt;id&gt; &lt;date&gt;" / "opfølgning frist &lt;id&gt; &lt;dato&gt;": chairs.</summary>
public sealed class ChangeDueHandler(NetworkIdentity identity, FollowUpStore store, TimeProvider time, ILogger<ChangeDueHandler> logger)
    : ChangeFollowUpHandler(identity, store, time, logger)
{
    protected override bool ChairsOnly => true;

    protected override string Usage(Language language) => language.Pick("Write it like this: followup due <id> <date>", "Skriv sådan: opfølgning frist <id> <dato>");

    protected override RequestedChange Apply(FollowUp current, string rest, Person sender, NetworkSnapshot network, Language language)
    {
        if (string.IsNullOrWhiteSpace(rest))
        {
            return new RequestedChange(null, null, Usage(language));
        }

        var due = DueDates.Parse(rest, DueDates.Today(Time, network.TimeZone));
        return due.Day is { } day
            ? new RequestedChange(current with { Due = day }, ChangeBy(sender, FollowUpChangeKind.DueChanged, FollowUpKeys.Day(day)), null)
            : new RequestedChange(null, null, DueDates.Problem(language, due.Problem, rest.Trim()));
    }

    protected override string Saved(Language language, FollowUp saved, NetworkSnapshot network) =>
        language.Pick($"New due date ✓: {DueDates.Format(saved.Due, language)}.", $"Ny frist ✓: {DueDates.Format(saved.Due, language)}.");
}

/// <summary>"followup owner &lt;id&gt; @person" / "opfølgning ansvarlig &lt;id&gt; @person": chairs.</summary>
public sealed class ReassignHandler(NetworkIdentity identity, FollowUpStore store, FollowUpNotifier notifier, TimeProvider time, ILogger<ReassignHandler> logger)
    : ChangeFollowUpHandler(identity, store, time, logger)
{
    /// <summary>The new owner gets their card, as on creation.</summary>
    protected override async Task<string> AfterSavedAsync(FollowUp saved, Person sender, NetworkSnapshot network, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(saved);
        ArgumentNullException.ThrowIfNull(sender);
        return await notifier.AssignedAsync(network, saved, sender.Id, cancellationToken) ? string.Empty : FollowUpTexts.OwnerNotTold(language, network, saved);
    }

    protected override bool ChairsOnly => true;

    protected override string Usage(Language language) => language.Pick("Write it like this: followup owner <id> @<person>", "Skriv sådan: opfølgning ansvarlig <id> @<person>");

    protected override RequestedChange Apply(FollowUp current, string rest, Person sender, NetworkSnapshot network, Language language)
    {
        var typed = CreateCommand.Mention(rest).TrimStart('@').Trim();
        var forum = network.FindForum(current.ForumId)!;
        if (typed.Length == 0)
        {
            return new RequestedChange(null, null, Usage(language));
        }

        return OwnerMatch.Find(FollowUpAccess.PossibleOwners(network, forum), typed) switch
        {
            [var owner] => new RequestedChange(current with { OwnerId = owner.Id, OrganisationId = owner.OrganisationId },
                ChangeBy(sender, FollowUpChangeKind.Reassigned, owner.Id), null),
            [] => new RequestedChange(null, null, FollowUpTexts.UnknownOwner(language, typed, forum)),
            var several => new RequestedChange(null, null, FollowUpTexts.SeveralOwners(language, several)),
        };
    }

    protected override string Saved(Language language, FollowUp saved, NetworkSnapshot network)
    {
        var name = network.FindPerson(saved.OwnerId)?.Name ?? saved.OwnerId;
        return language.Pick($"{name} now owns it ✓: {saved.Text}", $"{name} er nu ansvarlig ✓: {saved.Text}");
    }
}
