using System.Text.Json;

namespace ForumBot.Protocol;

/// <summary>
/// In channels and group chats Teams only delivers messages that @mention the bot, and the
/// mention's markup ("&lt;at&gt;ForumBot&lt;/at&gt;") is part of the text: strip it so commands parse.
/// Read from the activity's own entities, so it belongs with the protocol's TurnContext.
/// </summary>
public static class Mentions
{
    public static string StripBotMention(IncomingActivity activity)
    {
        var text = activity.Text ?? string.Empty;
        if (activity.Entities is null || activity.Recipient?.Id is not { } botId)
        {
            return text.Trim();
        }

        foreach (var entity in activity.Entities)
        {
            if (entity.ValueKind != JsonValueKind.Object
                || !entity.TryGetProperty("type", out var type) || type.GetString() != "mention"
                || !entity.TryGetProperty("mentioned", out var mentioned) || mentioned.ValueKind != JsonValueKind.Object
                || !mentioned.TryGetProperty("id", out var id) || !string.Equals(id.GetString(), botId, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (entity.TryGetProperty("text", out var markup) && markup.GetString() is { Length: > 0 } mentionText)
            {
                text = text.Replace(mentionText, string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }

        return text.Trim();
    }
}
