using ForumBot.Updates.Model;

namespace ForumBot.Updates;

/// <summary>
/// An update that was just saved (a new version of an initiative's update for one forum's
/// meeting cycle), as the listeners see it.
/// </summary>
/// <param name="ForumId">The forum whose cycle the update is for.</param>
/// <param name="MeetingId">The forum's meeting the cycle collects updates for.</param>
/// <param name="SubmittedBy">The network person id of whoever saved this version.</param>
/// <param name="At">When it was saved.</param>
public sealed record UpdateSaved(string ForumId, string MeetingId, string InitiativeId, UpdateContent Content, string SubmittedBy, DateTimeOffset At);

/// <summary>
/// What another feature does when an update is saved (Escalations: the update escalated to a
/// forum becomes an escalation). Registered with <c>services.AddSingleton&lt;IUpdateSavedListener, T&gt;()</c>
/// in the feature's own AddX; Updates calls every listener after a successful save, through
/// <see cref="UpdateSavedListeners"/>. A listener that fails is logged and does not fail the
/// user's save, so a listener must not be the only way its work gets done (a periodic job that
/// reconciles from the stored updates makes up for a failure or a crash).
/// </summary>
public interface IUpdateSavedListener
{
    Task SavedAsync(UpdateSaved saved, CancellationToken cancellationToken);
}
