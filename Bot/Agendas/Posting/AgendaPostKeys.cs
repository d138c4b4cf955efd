namespace ForumBot.Agendas.Posting;

/// <summary>
/// The outbox keys and kinds of the messages about one meeting: the posted agenda, its updates in
/// place and the minutes. One post per meeting and target: the forum's channel ("channel") or a
/// chair's 1:1 (the chair's person id). Updates in place are numbered per target, so each one is
/// enqueued exactly once whoever enqueues it; a second close, pass or instance finds the minutes there.
/// </summary>
public static class AgendaPostKeys
{
    /// <summary>The target of the post in the forum's linked channel.</summary>
    public const string ChannelTarget = "channel";

    /// <summary>DueWork.Kind of the post.</summary>
    public const string PostKind = "agenda-post";

    /// <summary>DueWork.Kind of an update in place (a PUT of the post).</summary>
    public const string UpdateKind = "agenda-update";

    /// <summary>"agenda|&lt;forum&gt;|&lt;meeting&gt;|post|&lt;target&gt;": what a message in the agenda's thread (the minutes) is about.</summary>
    public static string Post(string forumId, string meetingId, string target) => $"agenda|{forumId}|{meetingId}|post|{target}";

    /// <summary>"agenda|&lt;forum&gt;|&lt;meeting&gt;|put|&lt;target&gt;|&lt;seq&gt;": the <paramref name="seq"/>th update of that post.</summary>
    public static string Put(string forumId, string meetingId, string target, int seq) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"agenda|{forumId}|{meetingId}|put|{target}|{seq}");

    /// <summary>"agenda|&lt;forum&gt;|&lt;meeting&gt;|minutes|&lt;target&gt;": the meeting's minutes to that target.</summary>
    public static string Minutes(string forumId, string meetingId, string target) => $"agenda|{forumId}|{meetingId}|minutes|{target}";
}
