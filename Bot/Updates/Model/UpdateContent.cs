namespace ForumBot.Updates.Model;

/// <summary>
/// A validated update's content. Status and reached are null only for an update made by the
/// quick text command, which fills "what went well" alone.
/// </summary>
public sealed record UpdateContent(
    UpdateStatus? Status,
    int? Reached,
    string WentWell,
    string Barriers,
    string Needs,
    IReadOnlyList<string> NeedsFrom,
    string? EscalateTo,
    string EscalationReason)
{
    public const int MaxTextLength = 2000;
    public const int MaxReached = 100_000;

    public static UpdateContent Empty { get; } = new(null, null, string.Empty, string.Empty, string.Empty, [], null, string.Empty);

    /// <summary>The content as the card's inputs, for editing.</summary>
    public UpdateForm ToForm() => new()
    {
        Status = Status is { } status ? UpdateStatuses.Words.Word(status) : string.Empty,
        Reached = Reached?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
        WentWell = WentWell,
        Barriers = Barriers,
        Needs = Needs,
        NeedsFrom = string.Join(',', NeedsFrom),
        EscalateTo = EscalateTo ?? string.Empty,
        EscalationReason = EscalationReason,
    };
}
