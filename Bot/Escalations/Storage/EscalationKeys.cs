using System.Globalization;
using ForumBot.Escalations.Model;

namespace ForumBot.Escalations.Storage;

/// <summary>
/// The Escalations table's keys (docs/storage.md, "Escalations"). The escalation's own partition
/// holds the truth; index partitions point to it, so the receiving forum's open escalations, the
/// raising forum's answered since a date and all escalations in a state are each one partition
/// query. Closed and state rows sort by instant (UTC ticks, 19 digits), so "since" is a RowKey range.
/// Network ids never contain '|' or a key-unsafe character; escalation ids are letters and digits.
/// </summary>
public static class EscalationKeys
{
    public const string Table = "Escalations";

    public const string ItemRow = "item";
    public const string OpenPrefix = "open|";
    public const string ClosedPrefix = "closed|";

    /// <summary>The first key after every "open|…" ('}' follows '|').</summary>
    public const string OpenEnd = "open}";

    public const string ClosedEnd = "closed}";

    /// <summary>The escalation's own partition: its item row.</summary>
    public static string Item(string escalationId) => "esc|" + escalationId;

    /// <summary>Escalations sent to a forum: "open|&lt;id&gt;" while open, then "closed|&lt;answered ticks&gt;|&lt;id&gt;".</summary>
    public static string To(string forumId) => "to|" + forumId;

    /// <summary>Escalations a forum raised: the same row keys as <see cref="To"/>.</summary>
    public static string From(string forumId) => "from|" + forumId;

    /// <summary>Every escalation in a state (summaries, digests): "&lt;ticks&gt;|&lt;id&gt;", raised at for open ones, answered at for the others.</summary>
    public static string State(EscalationState state) => "state|" + Word(state);

    public static string ForumRow(Escalation escalation)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        return escalation.Answer is { } answer && !escalation.IsOpen
            ? ClosedPrefix + Ticks(answer.AnsweredAt) + "|" + escalation.Id
            : OpenPrefix + escalation.Id;
    }

    public static string StateRow(Escalation escalation)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        var at = escalation.IsOpen || escalation.Answer is null ? escalation.RaisedAt : escalation.Answer.AnsweredAt;
        return Ticks(at) + "|" + escalation.Id;
    }

    /// <summary>The first closed or state row key at or after <paramref name="instant"/>.</summary>
    public static string ClosedFrom(DateTimeOffset instant) => ClosedPrefix + Ticks(instant);

    /// <summary>The first state row key at or after <paramref name="instant"/>.</summary>
    public static string StateFrom(DateTimeOffset instant) => Ticks(instant);

    public static string Ticks(DateTimeOffset instant) => Math.Max(0, instant.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);

    public static string Word(EscalationState state) => state switch
    {
        EscalationState.Answered => "answered",
        EscalationState.Declined => "declined",
        _ => "open",
    };

    public static EscalationState State(string? word) => word switch
    {
        "answered" => EscalationState.Answered,
        "declined" => EscalationState.Declined,
        _ => EscalationState.Open,
    };

    public static string Word(EscalationOriginKind origin) => origin == EscalationOriginKind.AgendaItem ? "agenda-item" : "update";

    public static EscalationOriginKind Origin(string? word) => word == "agenda-item" ? EscalationOriginKind.AgendaItem : EscalationOriginKind.Update;

    public static string Word(EscalationAnswerKind kind) => kind switch
    {
        EscalationAnswerKind.FollowUp => "follow-up",
        EscalationAnswerKind.NotForUs => "not-for-us",
        _ => "decision",
    };

    public static EscalationAnswerKind AnswerKind(string? word) => word switch
    {
        "follow-up" => EscalationAnswerKind.FollowUp,
        "not-for-us" => EscalationAnswerKind.NotForUs,
        _ => EscalationAnswerKind.Decision,
    };
}
