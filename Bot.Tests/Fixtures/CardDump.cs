using System.Globalization;
using System.Text.Json.Nodes;

namespace ForumBot.Tests.Fixtures;

/// <summary>
/// Writes every Adaptive Card the bot sends in tests to a folder, one JSON file each, so that
/// tools/tests/cards.test.mjs can check them all with the adaptivecards parser afterwards.
/// The folder is FORUMBOT_CARD_DUMP_DIR (the TEST command sets it) or test-output/cards.
/// </summary>
public static class CardDump
{
    public const string EnvironmentVariable = "FORUMBOT_CARD_DUMP_DIR";
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    private static readonly string RunId = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
    private static int _count;

    public static string Directory { get; } = Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } folder
        ? folder
        : Path.Combine(RepoPaths.Root, "test-output", "cards");

    /// <summary>Writes one card; returns its file.</summary>
    public static string Write(JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(card);
        System.IO.Directory.CreateDirectory(Directory);
        var n = Interlocked.Increment(ref _count);
        var path = Path.Combine(Directory, $"{RunId}-{n.ToString("D4", CultureInfo.InvariantCulture)}.json");
        File.WriteAllText(path, card.ToJsonString());
        return path;
    }

    /// <summary>Writes the Adaptive Card attachments of an outgoing activity.</summary>
    public static void WriteAttachments(JsonNode? activity)
    {
        if (activity?["attachments"] is not JsonArray attachments)
        {
            return;
        }

        foreach (var attachment in attachments)
        {
            if (attachment?["contentType"]?.GetValue<string>() == AdaptiveCardContentType && attachment["content"] is JsonObject card)
            {
                Write(card);
            }
        }
    }

    /// <summary>Writes the card of an invoke response body ({statusCode, type, value}), if it holds one.</summary>
    public static void WriteInvokeResponse(JsonNode? body)
    {
        if (body?["type"]?.GetValue<string>() == AdaptiveCardContentType && body["value"] is JsonObject card)
        {
            Write(card);
        }
    }
}
