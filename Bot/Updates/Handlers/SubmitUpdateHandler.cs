using ForumBot.Cards;
using ForumBot.Protocol;
using ForumBot.Protocol.Routing;
using ForumBot.Updates.Cards;
using ForumBot.Updates.Storage;
using ForumBot.Updates.Submission;

namespace ForumBot.Updates.Handlers;

/// <summary>
/// "update.submit": validates the posted form and stores it as the initiative's update for the
/// cycle, answering with the read-only summary (or the form again, with the errors).
/// </summary>
public sealed class SubmitUpdateHandler(UpdateCardGate gate, UpdateStore updates, TimeProvider time, ILogger<SubmitUpdateHandler> logger) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var (scope, refusal) = await gate.OpenAsync(turn, cancellationToken);
        if (scope is null)
        {
            return refusal!;
        }

        var (person, cycle, context) = scope;
        var initiativeId = scope.InitiativeId;
        var current = await updates.FindAsync(cycle.ForumId, cycle.MeetingId, initiativeId, cancellationToken);
        var now = time.GetUtcNow();
        if (now >= cycle.DeadlineAt)
        {
            UpdatesLog.AfterDeadline(logger, initiativeId, cycle.ForumId, cycle.MeetingId);
            return CardActionResult.ReplaceCard(current is null ? UpdateSummaryCard.Closed(context) : UpdateSummaryCard.Build(context, current, canEdit: false));
        }

        if (current is not null && current.Version != context.Data.Version)
        {
            return ChangedMeanwhile(context, current);
        }

        var validation = UpdateValidator.Validate(UpdateFormReader.Read(turn.ActionData), context.Network, context.Forum, context.Language);
        if (validation.Content is not { } content)
        {
            LogRefusal(validation, initiativeId);
            var errorData = context.Data with { Version = current?.Version ?? 0 };
            return CardActionResult.ReplaceCard(UpdateFormCard.Build(context with { Data = errorData }, validation.Shown, validation.Errors));
        }

        var next = new UpdateRow
        {
            ForumId = cycle.ForumId,
            MeetingId = cycle.MeetingId,
            InitiativeId = initiativeId,
            SubmittedBy = person.Id,
            SubmittedAt = now,
            Source = "card",
            DeadlineAt = cycle.DeadlineAt,
        };
        next.SetContent(content);
        var outcome = await updates.SaveAsync(current, next, cancellationToken);
        if (!outcome.Succeeded)
        {
            var latest = await updates.FindAsync(cycle.ForumId, cycle.MeetingId, initiativeId, cancellationToken);
            return latest is null ? CardActionResult.ShowMessage(context.Pick("Please try again.", "Prøv venligst igen.")) : ChangedMeanwhile(context, latest);
        }

        UpdatesLog.Saved(logger, initiativeId, cycle.ForumId, cycle.MeetingId, next.Version, person.Id, next.Source);
        return CardActionResult.ReplaceCard(UpdateSummaryCard.Build(context, next, canEdit: true));
    }

    private CardActionResult ChangedMeanwhile(UpdateCardContext context, UpdateRow current)
    {
        UpdatesLog.ChangedMeanwhile(logger, current.InitiativeId, current.ForumId, current.MeetingId, current.Version);
        var note = current.SubmittedBy == context.Data.PersonId
            ? new CardNote(context.Pick(
                "Not saved: you had already sent a newer version of this update (for example as a quick update). This is it; press Edit to change it.",
                "Ikke gemt: du havde allerede sendt en nyere version af opdateringen (fx som hurtig opdatering). Her er den; tryk Ret for at ændre den."), "Warning")
            : new CardNote(context.Pick(
                $"Not saved: {NameOf(context, current)} changed this update meanwhile. This is the current version; press Edit to change it.",
                $"Ikke gemt: {NameOf(context, current)} har ændret opdateringen imens. Her er den nuværende version; tryk Ret for at ændre den."), "Warning");
        return CardActionResult.ReplaceCard(UpdateSummaryCard.Build(context, current, canEdit: true, note));
    }

    private static string NameOf(UpdateCardContext context, UpdateRow current) =>
        context.Network.FindPerson(current.SubmittedBy)?.Name ?? current.SubmittedBy;

    private void LogRefusal(UpdateValidation validation, string initiativeId)
    {
        if (validation.CprFields.Count > 0)
        {
            UpdatesLog.CprRefused(logger, "card inputs " + string.Join(',', validation.CprFields));
        }

        UpdatesLog.Invalid(logger, initiativeId, string.Join(',', validation.Errors.Keys.Order(StringComparer.Ordinal)));
    }
}
