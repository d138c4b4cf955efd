using System.Globalization;

namespace ForumBot.FollowUps.Model;

/// <summary>A due date the owner proposed that no chair has answered yet; <see cref="Version"/> is the change that proposed it.</summary>
public sealed record DueProposal(int Version, DateOnly Day, string PersonId, DateTimeOffset At);

/// <summary>What a follow-up's history (oldest first) says beyond its current state.</summary>
public static class FollowUpHistory
{
    // Changes after which an earlier proposal is no longer the question: answered, overtaken, or moot.
    private static readonly HashSet<FollowUpChangeKind> Settling =
    [
        FollowUpChangeKind.DueProposed, FollowUpChangeKind.DueProposalAccepted, FollowUpChangeKind.DueProposalRefused,
        FollowUpChangeKind.DueChanged, FollowUpChangeKind.Reassigned, FollowUpChangeKind.Done, FollowUpChangeKind.Cancelled,
    ];

    /// <summary>Who gave the follow-up to its owner: whoever last reassigned it, else whoever created it.</summary>
    public static string AssignedBy(IReadOnlyList<FollowUpChange> history, FollowUp followUp)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(followUp);
        return history.LastOrDefault(c => c.Kind == FollowUpChangeKind.Reassigned)?.PersonId ?? followUp.CreatedBy;
    }

    /// <summary>The proposal waiting for a chair: the last change that settles proposals, if it is itself a proposal of an open follow-up.</summary>
    public static DueProposal? PendingProposal(IReadOnlyList<FollowUpChange> history, FollowUp followUp)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(followUp);
        var last = history.LastOrDefault(c => Settling.Contains(c.Kind));
        return followUp.IsOpen && last is { Kind: FollowUpChangeKind.DueProposed, NewValue: { } day } && TryDay(day) is { } proposed
            ? new DueProposal(last.Version, proposed, last.PersonId, last.At)
            : null;
    }

    /// <summary>The change that settled the proposal made by change <paramref name="proposalVersion"/>, if any did.</summary>
    public static FollowUpChange? SettledBy(IReadOnlyList<FollowUpChange> history, int proposalVersion)
    {
        ArgumentNullException.ThrowIfNull(history);
        return history.FirstOrDefault(c => c.Version > proposalVersion && Settling.Contains(c.Kind));
    }

    /// <summary>When the due date got the value it has: the creation, or the last change that set it.</summary>
    public static DateTimeOffset DueSetAt(IReadOnlyList<FollowUpChange> history, FollowUp followUp)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(followUp);
        return history.LastOrDefault(c => c.Kind is FollowUpChangeKind.DueChanged or FollowUpChangeKind.DueProposalAccepted)?.At ?? followUp.CreatedAt;
    }

    private static DateOnly? TryDay(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
