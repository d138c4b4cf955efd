using System.Text.Json;
using System.Text.Json.Nodes;

namespace ForumBot.Protocol;

/// <summary>An invoke's answer: the HTTP status and the body the channel reads.</summary>
public sealed record InvokeResponse(int Status, InvokeResponseBody Body)
{
    public const string CardContentType = "application/vnd.microsoft.card.adaptive";
    public const string MessageContentType = "application/vnd.microsoft.activity.message";
    public const string ErrorContentType = "application/vnd.microsoft.error";

    /// <summary>Universal Actions: the card in the chat is replaced by this one.</summary>
    public static InvokeResponse Card(JsonObject card) =>
        new(200, new InvokeResponseBody { StatusCode = 200, Type = CardContentType, Value = ToElement(card) });

    /// <summary>Universal Actions: Teams shows this text and leaves the card as it is.</summary>
    public static InvokeResponse Message(string text) =>
        new(200, new InvokeResponseBody { StatusCode = 200, Type = MessageContentType, Value = JsonSerializer.SerializeToElement(text, ProtocolJson.Wire.String) });

    public static InvokeResponse Error(int status, string code, string message)
    {
        var value = new JsonObject { ["code"] = code, ["message"] = message };
        return new(status, new InvokeResponseBody { StatusCode = status, Type = ErrorContentType, Value = ToElement(value) });
    }

    private static JsonElement ToElement(JsonObject node) => JsonSerializer.SerializeToElement(node, ProtocolJson.Wire.JsonObject);
}
