using ForumBot.Localization;
using ForumBot.Network;

namespace ForumBot.Updates.Model;

public enum UpdateStatus
{
    OnTrack,
    AtRisk,
    Blocked,
}

public static class UpdateStatuses
{
    /// <summary>The words stored in tables and used as card choice values.</summary>
    public static WordMap<UpdateStatus> Words { get; } = new(
        (UpdateStatus.OnTrack, "on-track"),
        (UpdateStatus.AtRisk, "at-risk"),
        (UpdateStatus.Blocked, "blocked"));

    public static string Title(this UpdateStatus status, Language language) => status switch
    {
        UpdateStatus.OnTrack => language.Pick("On track", "Går som planlagt"),
        UpdateStatus.AtRisk => language.Pick("At risk", "I risiko"),
        _ => language.Pick("Blocked", "Blokeret"),
    };
}
