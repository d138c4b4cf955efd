namespace ForumBot.Agendas.Meetings;

/// <summary>
/// What is stored about one meeting of a forum beyond what its agenda is composed from: whether it
/// is closed, the marks chairs set on its items, the members' proposals and the items carried over
/// to it from the meeting before. Read in one partition query (<see cref="MeetingStore.ReadAsync"/>).
/// </summary>
public sealed record MeetingRecord(
    string ForumId,
    string MeetingId,
    MeetingState State,
    IReadOnlyDictionary<string, ItemMark> Items,
    IReadOnlyList<Proposal> Proposals,
    IReadOnlyList<CarriedItem> Carried)
{
    public static MeetingRecord Empty(string forumId, string meetingId) =>
        new(forumId, meetingId, MeetingState.Open, new Dictionary<string, ItemMark>(StringComparer.Ordinal), [], []);

    /// <summary>The item's marks, or an unmarked one.</summary>
    public ItemMark Mark(string itemKey) => Items.GetValueOrDefault(itemKey) ?? ItemMark.None(itemKey);

    /// <summary>The record with one item's marks as just saved.</summary>
    public MeetingRecord With(ItemMark mark)
    {
        ArgumentNullException.ThrowIfNull(mark);
        return this with { Items = new Dictionary<string, ItemMark>(Items, StringComparer.Ordinal) { [mark.ItemKey] = mark } };
    }
}

/// <summary>
/// Whether the meeting is closed, when and by whom ("auto" when it closed itself at its end).
/// <see cref="Completed"/>: what follows a close (carry-over, minutes) was done; a close without it
/// was interrupted, and the automatic close finishes it.
/// </summary>
public sealed record MeetingState(bool Closed, DateTimeOffset? ClosedAt, string? ClosedBy, bool Completed = false)
{
    public const string ClosedAutomatically = "auto";

    public static MeetingState Open { get; } = new(false, null, null);
}

/// <summary>What chairs recorded about one agenda item in the meeting.</summary>
public sealed record ItemMark(
    string ItemKey,
    bool Discussed,
    string? DiscussedBy,
    DateTimeOffset? DiscussedAt,
    string? Decision,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    bool Removed,
    string? RemovedBy,
    DateTimeOffset? RemovedAt,
    IReadOnlyList<string> FollowUpIds,
    string? EscalationId)
{
    public const int MaxDecisionLength = 1000;

    public static ItemMark None(string itemKey) => new(itemKey, false, null, null, null, null, null, false, null, null, [], null);
}

/// <summary>An item a member proposed for the meeting.</summary>
public sealed record Proposal(string Id, string Text, string ProposedBy, DateTimeOffset ProposedAt)
{
    public const int MaxTextLength = 300;

    /// <summary>The proposal's key on the agenda.</summary>
    public string ItemKey => "proposal:" + Id;
}

/// <summary>
/// An item not reached at an earlier meeting, as it stood then (title and origin in both
/// languages); <see cref="FromStart"/> is the first meeting it was on, kept when it is carried again.
/// </summary>
public sealed record CarriedItem(string SourceKey, string TitleEnglish, string TitleDanish, string OriginEnglish, string OriginDanish,
    string FromMeetingId, DateTimeOffset FromStart)
{
    /// <summary>The carried item's key on the agenda it is carried to.</summary>
    public string ItemKey => SourceKey.StartsWith("carried:", StringComparison.Ordinal) ? SourceKey : "carried:" + SourceKey;
}
