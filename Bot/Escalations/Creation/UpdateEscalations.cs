using ForumBot.Escalations.Model;
using ForumBot.Escalations.Storage;
using ForumBot.Network;
using ForumBot.Updates;
using ForumBot.Updates.Model;

namespace ForumBot.Escalations.Creation;

/// <summary>
/// An update saved with "escalate to forum B" is an escalation from the update's forum to B, with
/// an id derived from (forum, meeting, initiative): saving it again finds the same one. While it
/// is open, a changed reason or forum changes it; once answered it stays as answered. Called by
/// Updates after every save (<see cref="IUpdateSavedListener"/>) and by the reconcile job for
/// every stored update, so a save whose listener failed or crashed is made up for.
/// </summary>
public sealed class UpdateEscalations(INetworkReader reader, EscalationStore store, ILogger<UpdateEscalations> logger) : IUpdateSavedListener
{
    private const int MaxAttempts = 3;

    public async Task SavedAsync(UpdateSaved saved, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(saved);
        if (saved.Content.EscalateTo is null)
        {
            return;
        }

        var network = await reader.GetSnapshotAsync(cancellationToken);
        await EnsureAsync(network, saved, cancellationToken);
    }

    /// <summary>Makes the stored escalation match the update; true when it had to be raised.</summary>
    public async Task<bool> EnsureAsync(NetworkSnapshot network, UpdateSaved saved, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(saved);
        if (saved.Content is not { EscalateTo: { } to } content || to == saved.ForumId || network.FindForum(to) is null
            || network.FindForum(saved.ForumId) is null || network.FindInitiative(saved.InitiativeId) is not { } initiative)
        {
            return false;
        }

        var id = EscalationIds.FromUpdate(saved.ForumId, saved.MeetingId, saved.InitiativeId);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            if (await store.FindAsync(id, cancellationToken) is not { } stored)
            {
                var raised = new Escalation(id, saved.ForumId, to, EscalationOriginKind.Update, saved.MeetingId, null, initiative.Id,
                    initiative.Name, initiative.Name, content.EscalationReason, saved.SubmittedBy, saved.At, EscalationState.Open, null, false, 0);
                var (_, created) = await store.AddAsync(raised, cancellationToken);
                if (created)
                {
                    EscalationsLog.Raised(logger, id, "update", saved.ForumId, to, saved.SubmittedBy);
                    return true;
                }

                continue;
            }

            var current = stored.Escalation;
            if (!current.IsOpen || (current.ToForumId == to && current.Reason == content.EscalationReason))
            {
                return false;
            }

            var changed = await store.ChangeAsync(stored, current with { ToForumId = to, Reason = content.EscalationReason }, cancellationToken);
            if (changed.Succeeded)
            {
                EscalationsLog.Resubmitted(logger, id, to);
                return false;
            }
        }

        return false;
    }
}
