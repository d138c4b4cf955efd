using ForumBot.Protocol;
using ForumBot.Protocol.Routing;
using ForumBot.Updates.Cards;
using ForumBot.Updates.Model;
using ForumBot.Updates.Storage;

namespace ForumBot.Updates.Handlers;

/// <summary>"update.edit": the form again with the stored values, until the deadline; after it, a clear no.</summary>
public sealed class EditUpdateHandler(UpdateCardGate gate, UpdateStore updates, TimeProvider time, ILogger<EditUpdateHandler> logger) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var (scope, refusal) = await gate.OpenAsync(turn, cancellationToken);
        if (scope is null)
        {
            return refusal!;
        }

        var (_, cycle, context) = scope;
        var initiativeId = scope.InitiativeId;
        var current = await updates.FindAsync(cycle.ForumId, cycle.MeetingId, initiativeId, cancellationToken);
        if (time.GetUtcNow() >= cycle.DeadlineAt)
        {
            UpdatesLog.AfterDeadline(logger, initiativeId, cycle.ForumId, cycle.MeetingId);
            return CardActionResult.ReplaceCard(current is null ? UpdateSummaryCard.Closed(context) : UpdateSummaryCard.Build(context, current, canEdit: false));
        }

        // Always the latest version: the summary the user pressed may be older.
        var form = current?.Content().ToForm() ?? UpdateForm.Empty;
        var shown = context with { Data = context.Data with { Version = current?.Version ?? 0 } };
        return CardActionResult.ReplaceCard(UpdateFormCard.Build(shown, form));
    }
}
