using System.Text.Json;
using System.Text.Json.Nodes;
using ForumBot.Cards;

namespace ForumBot.Protocol;

/// <summary>Builds outbound message activities: a text, or one Adaptive Card.</summary>
public static class MessageFactory
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public static OutgoingActivity Text(string text) => new() { Type = ActivityTypes.Message, Text = DisplayText.Safe(text), TextFormat = "plain" };

    public static OutgoingActivity Card(JsonObject card, string? summary = null) => new()
    {
        Type = ActivityTypes.Message,
        Summary = summary,
        Attachments =
        [
            new Attachment
            {
                ContentType = AdaptiveCardContentType,
                Content = JsonSerializer.SerializeToElement(card, ProtocolJson.Wire.JsonObject),
            },
        ],
    };
}
