namespace ForumBot.Network.Access;

/// <summary>What a person may be allowed to do; each value names the target it needs.</summary>
public enum NetworkAction
{
    /// <summary>See forums, initiatives, "who works on"; any registered person. No target.</summary>
    ViewNetwork,

    /// <summary>Submit or change an initiative's update: its contacts and the chairs of its forums. Target: initiative id.</summary>
    SubmitUpdate,

    /// <summary>Make a Teams channel the forum's channel: the forum's chairs and admins. Target: forum id.</summary>
    LinkChannel,

    /// <summary>Record, change and close the forum's follow-ups: its chairs and members. Target: forum id.</summary>
    ManageFollowUps,

    /// <summary>Receive and request the weekly cross-forum digest: managers and admins. No target.</summary>
    ViewDigest,

    /// <summary>See messages the bot could not deliver: admins. No target.</summary>
    ViewDeliveryProblems,

    /// <summary>Ask for a forum's summary: its chairs and members, managers and admins. Target: forum id.</summary>
    RequestSummary,

    /// <summary>See the draft of a forum's agenda: its chairs and members, managers and admins. Target: forum id.</summary>
    ViewAgenda,

    /// <summary>Run the forum's meeting: mark items discussed, record decisions, add follow-ups, escalate, close it. Its chairs. Target: forum id.</summary>
    RunMeeting,

    /// <summary>Propose an item for the forum's next meeting: its chairs and members. Target: forum id.</summary>
    ProposeItem,
}
