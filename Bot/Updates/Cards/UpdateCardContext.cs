using System.Text.Json.Nodes;
using ForumBot.Cards;
using ForumBot.Localization;
using ForumBot.Network;

namespace ForumBot.Updates.Cards;

/// <summary>Everything an update card shows besides the update itself: who, which forum and meeting, until when.</summary>
public sealed record UpdateCardContext(
    Language Language,
    NetworkSnapshot Network,
    Forum Forum,
    Initiative Initiative,
    DateTimeOffset MeetingStart,
    DateTimeOffset DeadlineAt,
    UpdateCardData Data)
{
    public string When(DateTimeOffset instant) => UpdateTexts.When(instant, Network.TimeZone, Language);

    public string Pick(string english, string danish) => Language.Pick(english, danish);

    /// <summary>The forum, the meeting and the deadline, in local time.</summary>
    public JsonObject CycleFacts() => AdaptiveCards.FactSet(
    [
        (Pick("Forum", "Forum"), Forum.Name),
        (Pick("Meeting", "Møde"), When(MeetingStart)),
        (Pick("Deadline", "Frist"), When(DeadlineAt)),
    ]);
}
