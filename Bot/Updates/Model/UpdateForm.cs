namespace ForumBot.Updates.Model;

/// <summary>
/// The update card's inputs as text, exactly as posted (or as stored, for editing), so a form
/// with errors can be shown again with every input kept. Ids are the card's input ids.
/// </summary>
public sealed record UpdateForm
{
    public const string StatusId = "status";
    public const string ReachedId = "reached";
    public const string WentWellId = "wentWell";
    public const string BarriersId = "barriers";
    public const string NeedsId = "needs";
    public const string NeedsFromId = "needsFrom";
    public const string EscalateToId = "escalateTo";
    public const string EscalationReasonId = "escalationReason";

    /// <summary>The free-text inputs, each guarded for personal identifiers and length.</summary>
    public static IReadOnlyList<string> TextIds { get; } = [WentWellId, BarriersId, NeedsId, EscalationReasonId];

    public static UpdateForm Empty { get; } = new();

    public string Status { get; init; } = string.Empty;

    public string Reached { get; init; } = string.Empty;

    public string WentWell { get; init; } = string.Empty;

    public string Barriers { get; init; } = string.Empty;

    public string Needs { get; init; } = string.Empty;

    /// <summary>Organisation ids, comma-separated (a multi-select ChoiceSet's value).</summary>
    public string NeedsFrom { get; init; } = string.Empty;

    public string EscalateTo { get; init; } = string.Empty;

    public string EscalationReason { get; init; } = string.Empty;

    public string Text(string id) => id switch
    {
        WentWellId => WentWell,
        BarriersId => Barriers,
        NeedsId => Needs,
        EscalationReasonId => EscalationReason,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "Not a free-text input."),
    };

    public UpdateForm WithText(string id, string value) => id switch
    {
        WentWellId => this with { WentWell = value },
        BarriersId => this with { Barriers = value },
        NeedsId => this with { Needs = value },
        EscalationReasonId => this with { EscalationReason = value },
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "Not a free-text input."),
    };

    public IReadOnlyList<string> NeedsFromIds() =>
        [.. NeedsFrom.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];
}
