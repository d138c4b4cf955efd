namespace ForumBot.Updates;

/// <summary>
/// Calls every <see cref="IUpdateSavedListener"/> after an update was saved, one after the other.
/// The update is saved whatever a listener does: a failing listener is logged (its type, the
/// initiative and cycle; never the update's text) and the others still run.
/// </summary>
public sealed class UpdateSavedListeners(IEnumerable<IUpdateSavedListener> listeners, ILogger<UpdateSavedListeners> logger)
{
    public async Task NotifyAsync(UpdateSaved saved, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(saved);
        foreach (var listener in listeners)
        {
            try
            {
                await listener.SavedAsync(saved, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                UpdatesLog.ListenerFailed(logger, ex, listener.GetType().Name, saved.InitiativeId, saved.ForumId, saved.MeetingId);
            }
        }
    }
}
