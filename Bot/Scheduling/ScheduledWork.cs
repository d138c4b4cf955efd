using ForumBot.Protocol;

namespace ForumBot.Scheduling;

/// <summary>
/// Where a proactive message goes. A person is reached in their 1:1 chat (opened when none
/// exists yet); a conversation is one the bot already knows (e.g. a forum's linked channel).
/// </summary>
public abstract record MessageTarget
{
    private MessageTarget()
    {
    }

    /// <summary>A person's 1:1 chat with the bot, by their Entra (AAD) object id.</summary>
    public sealed record Person(string AadObjectId) : MessageTarget;

    /// <summary>A stored conversation reference (kind and key as in ConversationReferenceStore).</summary>
    public sealed record Conversation(string Kind, string Key) : MessageTarget;
}

/// <summary>
/// One piece of due work: exactly one message to one target. Its key is deterministic
/// (forum, meeting, kind, recipient), so a second pass, a restart or a second instance that
/// finds the same work recognises it and never sends it twice.
/// </summary>
/// <param name="Key">Deterministic, e.g. "fritidsjob|2026-12-01T08:00Z|update-request|p-anna|fritidsjob-kk". Table-key safe characters only.</param>
/// <param name="Kind">What it is, for logs and the dry-run listing, e.g. "update-request".</param>
/// <param name="DueAt">When it is due (UTC). Work older than the catch-up window is skipped.</param>
/// <param name="Target">Who receives it.</param>
/// <param name="Activity">The message to send (text and/or one Adaptive Card).</param>
/// <param name="Description">One line for the dry-run listing; no free text users typed.</param>
public sealed record DueWork(string Key, string Kind, DateTimeOffset DueAt, MessageTarget Target, OutgoingActivity Activity, string Description)
{
    /// <summary>
    /// Set when this message is about an earlier outbox message (by its key): it replaces that
    /// message's activity in place, or goes into its thread. It waits until the earlier one is sent.
    /// </summary>
    public MessageRelation? About { get; init; }
}

/// <summary>How a message relates to an earlier one.</summary>
public enum MessageRelationKind
{
    /// <summary>Update the earlier message's activity in place (PUT), e.g. a posted agenda that changed.</summary>
    Replace,

    /// <summary>Post in the earlier message's thread (a channel post's replies; a 1:1 chat has no threads, so plainly there).</summary>
    ReplyInThread,
}

/// <summary>The earlier outbox message (by key) a message is about, and how.</summary>
public sealed record MessageRelation(string Key, MessageRelationKind Kind);

/// <summary>
/// A feature's contribution to the scheduler: the work that is due in a window, derived from
/// stored state and the clock alone. Called by the single scheduler instance on every tick and
/// by the `schedule --at` CLI (its dry run included); it must neither send nor write anything itself.
/// </summary>
public interface IDueWorkSource
{
    /// <summary>Every piece of work whose DueAt lies in [windowStart, windowEnd].</summary>
    IAsyncEnumerable<DueWork> FindDueAsync(DateTimeOffset windowStart, DateTimeOffset windowEnd, CancellationToken cancellationToken);
}
