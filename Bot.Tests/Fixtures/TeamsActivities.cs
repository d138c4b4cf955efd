using System.Text.Json.Nodes;

namespace ForumBot.Tests.Fixtures;

/// <summary>
/// Activity JSON shaped as Microsoft Teams sends it (ids, channelData, entities), so tests
/// exercise the same parsing a real turn does.
/// </summary>
public static class TeamsActivities
{
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string BotId = "28:forumbot-test-app";
    public const string UserAadObjectId = "6f8a1c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b";

    public static JsonObject PersonalMessage(Uri serviceUrl, string text, string locale = "en-US", string? aadObjectId = UserAadObjectId) => new()
    {
        ["type"] = "message",
        ["id"] = "1700000000" + Random.Shared.Next(100000, 999999),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["localTimestamp"] = DateTimeOffset.Now.ToString("O"),
        ["serviceUrl"] = serviceUrl.ToString(),
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:user-" + aadObjectId, ["name"] = "Test User", ["aadObjectId"] = aadObjectId },
        ["conversation"] = new JsonObject
        {
            ["conversationType"] = "personal",
            ["tenantId"] = TenantId,
            ["id"] = "a:personal-" + aadObjectId,
        },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "ForumBot" },
        ["textFormat"] = "plain",
        ["locale"] = locale,
        ["text"] = text,
        ["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = locale, ["country"] = "DK", ["platform"] = "Web" }),
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };

    /// <summary>A channel message that @mentions the bot, as Teams delivers it.</summary>
    public static JsonObject ChannelMention(Uri serviceUrl, string textAfterMention, string locale = "da-DK", string? aadObjectId = UserAadObjectId)
    {
        var activity = PersonalMessage(serviceUrl, $"<at>ForumBot</at> {textAfterMention}", locale, aadObjectId);
        activity["conversation"] = new JsonObject
        {
            ["conversationType"] = "channel",
            ["isGroup"] = true,
            ["tenantId"] = TenantId,
            ["id"] = "19:general-channel@thread.tacv2;messageid=1700000000000",
        };
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>ForumBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "ForumBot" },
        });
        activity["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = TenantId },
            ["team"] = new JsonObject { ["id"] = "19:team-root@thread.tacv2", ["name"] = "Fritidsjob" },
            ["channel"] = new JsonObject { ["id"] = "19:general-channel@thread.tacv2", ["name"] = "General" },
        };
        return activity;
    }
}
