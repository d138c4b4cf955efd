namespace ForumBot.Agendas.Meetings;

/// <summary>
/// Outbox keys of the messages about one meeting: the posted agenda (Agendas/Posting) and the
/// minutes, per target: "channel" (the forum's linked channel) or a chair's person id. Deterministic,
/// so a second close, pass or instance finds the message already there.
/// </summary>
public static class AgendaMessageKeys
{
    public const string ChannelTarget = "channel";

    public static string Post(string forumId, string meetingId, string target) => $"agenda|{forumId}|{meetingId}|post|{target}";

    public static string Minutes(string forumId, string meetingId, string target) => $"agenda|{forumId}|{meetingId}|minutes|{target}";
}
