using ForumBot.FollowUps.Cards;
using ForumBot.FollowUps.Model;
using ForumBot.FollowUps.Storage;
using ForumBot.Localization;
using ForumBot.Protocol.Routing;

namespace ForumBot.FollowUps.Actions;

/// <summary>What a button on the owner's card asks for: the follow-up after it and the change to record, or the form back with an error.</summary>
public sealed record CardChange(FollowUp? Next, FollowUpChange? Change, FollowUpForm? Refused)
{
    public static CardChange To(FollowUp next, FollowUpChange change) => new(next, change, null);

    public static CardChange Error(string inputId, string value, string error) => new(null, null, FollowUpForm.Error(inputId, value, error));
}

/// <summary>
/// The buttons of the owner's card: each one change to one follow-up, made only on the version the
/// card showed. A card older than the follow-up (someone changed it since), a closed follow-up, or
/// a change that loses its race answers with the card as it stands now and who changed it when
/// ("Mikkel Hansen marked it done at 10:14"); a faulty field answers with the form and an error under it.
/// </summary>
public abstract class OwnerCardActionHandler(FollowUpCardGate gate, FollowUpStore store, ILogger logger) : ICardActionHandler
{
    protected abstract CardChange Apply(FollowUpCardScope scope, System.Text.Json.JsonElement? posted);

    protected abstract string Saved(Language language, FollowUp saved, FollowUpChange change);

    /// <summary>After the change is saved (e.g. the chairs are sent the proposal); returns what to add to the note (empty for nothing).</summary>
    protected virtual Task<string> AfterSavedAsync(FollowUpCardScope scope, FollowUp saved, FollowUpChange change, CancellationToken cancellationToken) =>
        Task.FromResult(string.Empty);

    public async Task<CardActionResult> HandleAsync(Protocol.TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (scope, refusal) = await gate.OpenAsync(turn, FollowUpCardRole.Owner, cancellationToken);
        if (scope is null)
        {
            return refusal!;
        }

        var (language, current) = (scope.Language, scope.FollowUp);
        if (!current.IsOpen)
        {
            var closed = FollowUpTexts.AlreadyClosed(language, current, scope.LastChange, scope.Network, scope.Now);
            return CardActionResult.ReplaceCard(FollowUpOwnerCard.Build(scope.View, FollowUpNotes.Warning(closed)));
        }

        if (scope.Data.Version != current.Version)
        {
            FollowUpsLog.StaleCard(logger, current.Id, scope.Data.Version, current.Version);
            return Meanwhile(scope, scope.LastChange, scope.View);
        }

        var requested = Apply(scope, turn.ActionData);
        if (requested.Next is not { } next || requested.Change is not { } change)
        {
            var form = requested.Refused ?? FollowUpForm.Empty;
            FollowUpsLog.FormRefused(logger, current.Id, string.Join(',', form.Errors.Keys.Order(StringComparer.Ordinal)));
            var nothing = FollowUpNotes.Warning(language.Pick("Nothing was saved: please correct the field marked below.", "Intet er gemt: ret venligst feltet markeret nedenfor."));
            return CardActionResult.ReplaceCard(FollowUpOwnerCard.Build(scope.View, nothing, form));
        }

        var result = await store.ChangeAsync(scope.Stored, next, change, cancellationToken);
        if (!result.Succeeded)
        {
            FollowUpsLog.ChangedMeanwhile(logger, current.Id, scope.Person.Id);
            var history = await store.HistoryAsync(current.Id, cancellationToken);
            var now = result.Current?.FollowUp ?? current;
            return Meanwhile(scope, result.LastChange, FollowUpCardView.Of(language, scope.Network, now, history, scope.Today, scope.Person.Id));
        }

        var saved = result.Saved!.FollowUp;
        FollowUpsLog.Changed(logger, saved.Id, scope.Person.Id, change.Kind.ToString());
        var recorded = change with { Version = saved.Version };
        var after = await AfterSavedAsync(scope, saved, recorded, cancellationToken);
        var view = FollowUpCardView.Of(language, scope.Network, saved, [.. scope.History, recorded], scope.Today, scope.Person.Id);
        return CardActionResult.ReplaceCard(FollowUpOwnerCard.Build(view, FollowUpNotes.Good(Saved(language, saved, recorded) + after)));
    }

    protected static FollowUpChange ChangeBy(FollowUpCardScope scope, FollowUpChangeKind kind, string? newValue)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return new FollowUpChange(0, scope.Person.Id, scope.Now, kind, newValue);
    }

    private static CardActionResult Meanwhile(FollowUpCardScope scope, FollowUpChange? last, FollowUpCardView view)
    {
        var text = FollowUpTexts.ChangedMeanwhile(scope.Language, last, view.FollowUp, scope.Network, scope.Now);
        return CardActionResult.ReplaceCard(FollowUpOwnerCard.Build(view, FollowUpNotes.Warning(text)));
    }
}
