using System.Globalization;
using ForumBot.FollowUps.Model;

namespace ForumBot.FollowUps.Storage;

/// <summary>
/// The FollowUps table's keys. Network ids never contain '|' or a key-unsafe character (the
/// file's id pattern), and follow-up ids are lower-case letters and digits.
/// </summary>
public static class FollowUpKeys
{
    public const string Table = "FollowUps";

    /// <summary>The follow-up's own partition: the item row and its history.</summary>
    public static string Item(string followUpId) => "fu|" + followUpId;

    public const string ItemRow = "item";

    /// <summary>History rows sort by version: "h|000001", "h|000002", …</summary>
    public static string HistoryRow(int version) => "h|" + version.ToString("D6", CultureInfo.InvariantCulture);

    public const string HistoryPrefix = "h|";

    /// <summary>Every follow-up of a forum (open and closed); RK the follow-up id.</summary>
    public static string Forum(string forumId) => "forum|" + forumId;

    /// <summary>A person's follow-ups; RK "open|id" or "closed|id", so the open ones are a RowKey range.</summary>
    public static string Owner(string personId) => "owner|" + personId;

    public static string OwnerRow(FollowUpStatus status, string followUpId) => (status == FollowUpStatus.Open ? OpenPrefix : "closed|") + followUpId;

    public const string OpenPrefix = "open|";

    /// <summary>The first key after every "open|…": '}' follows '|'.</summary>
    public const string OpenEnd = "open}";

    /// <summary>A forum's *open* follow-ups by due day; RK "yyyy-MM-dd|id" (as <see cref="OrganisationRow"/>), so due-by is a RowKey range.</summary>
    public static string ForumOpen(string forumId) => "forumopen|" + forumId;

    /// <summary>An organisation's open follow-ups by due day; RK "yyyy-MM-dd|id", so overdue is a RowKey range.</summary>
    public static string Organisation(string organisationId) => "org|" + organisationId;

    public static string OrganisationRow(DateOnly due, string followUpId) => DueRow(due, followUpId);

    /// <summary>"yyyy-MM-dd|id": the RowKey of the by-due-day indexes (a forum's and an organisation's open follow-ups).</summary>
    public static string DueRow(DateOnly due, string followUpId) => Day(due) + "|" + followUpId;

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ParseDay(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Word(FollowUpStatus status) => status switch
    {
        FollowUpStatus.Done => "done",
        FollowUpStatus.Cancelled => "cancelled",
        _ => "open",
    };

    public static FollowUpStatus Status(string? word) => word switch
    {
        "done" => FollowUpStatus.Done,
        "cancelled" => FollowUpStatus.Cancelled,
        _ => FollowUpStatus.Open,
    };

    public static string Word(FollowUpOrigin origin) => origin switch
    {
        FollowUpOrigin.AgendaItem => "agenda-item",
        FollowUpOrigin.Update => "update",
        FollowUpOrigin.Escalation => "escalation",
        _ => "direct",
    };

    public static FollowUpOrigin Origin(string? word) => word switch
    {
        "agenda-item" => FollowUpOrigin.AgendaItem,
        "update" => FollowUpOrigin.Update,
        "escalation" => FollowUpOrigin.Escalation,
        _ => FollowUpOrigin.Direct,
    };

    public static string Word(FollowUpChangeKind kind) => kind switch
    {
        FollowUpChangeKind.Done => "done",
        FollowUpChangeKind.Cancelled => "cancelled",
        FollowUpChangeKind.Reopened => "reopened",
        FollowUpChangeKind.Reassigned => "reassigned",
        FollowUpChangeKind.DueChanged => "due",
        FollowUpChangeKind.Commented => "commented",
        FollowUpChangeKind.DueProposed => "due-proposed",
        FollowUpChangeKind.DueProposalAccepted => "due-accepted",
        FollowUpChangeKind.DueProposalRefused => "due-refused",
        _ => "created",
    };

    public static FollowUpChangeKind Change(string? word) => word switch
    {
        "done" => FollowUpChangeKind.Done,
        "cancelled" => FollowUpChangeKind.Cancelled,
        "reopened" => FollowUpChangeKind.Reopened,
        "reassigned" => FollowUpChangeKind.Reassigned,
        "due" => FollowUpChangeKind.DueChanged,
        "commented" => FollowUpChangeKind.Commented,
        "due-proposed" => FollowUpChangeKind.DueProposed,
        "due-accepted" => FollowUpChangeKind.DueProposalAccepted,
        "due-refused" => FollowUpChangeKind.DueProposalRefused,
        _ => FollowUpChangeKind.Created,
    };
}
