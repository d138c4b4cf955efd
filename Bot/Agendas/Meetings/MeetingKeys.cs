using ForumBot.Storage;

namespace ForumBot.Agendas.Meetings;

/// <summary>
/// The Meetings table's keys (docs/storage.md, "Meetings"): one partition per meeting of a forum,
/// so everything an agenda, the in-meeting actions and the minutes need is one partition query.
/// Network ids and meeting ids never contain '|' or a key-unsafe character; item keys are escaped.
/// </summary>
public static class MeetingKeys
{
    public const string Table = "Meetings";

    public const string StateRow = "state";
    public const string ItemPrefix = "item|";
    public const string ProposalPrefix = "proposal|";
    public const string CarriedPrefix = "carried|";
    public const string PostPrefix = "post|";

    public static string Partition(string forumId, string meetingId) => "m|" + forumId + "|" + meetingId;

    public static string ItemRow(string itemKey) => ItemPrefix + TableKeys.Escape(itemKey);

    public static string ProposalRow(string proposalId) => ProposalPrefix + proposalId;

    public static string CarriedRow(string itemKey) => CarriedPrefix + TableKeys.Escape(itemKey);

    /// <summary>A posted agenda's record, per target ("channel" or a chair's person id).</summary>
    public static string PostRow(string target) => PostPrefix + TableKeys.Escape(target);
}
