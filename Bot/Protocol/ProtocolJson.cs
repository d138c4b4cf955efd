using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace ForumBot.Protocol;

/// <summary>Source-generated serialization for every protocol shape we read or write.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(IncomingActivity))]
[JsonSerializable(typeof(OutgoingActivity))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(InvokeResponseBody))]
[JsonSerializable(typeof(TeamsChannelData))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(string))]
public sealed partial class ProtocolJson : JsonSerializerContext
{
    /// <summary>
    /// What goes on the wire: like Default, but Danish letters (æ, ø, å) are written as they are
    /// instead of \u escapes, which would inflate every Danish card (HTML-sensitive characters
    /// are still escaped).
    /// </summary>
    /// <remarks>Built on first use: the generated Default is not yet set while static fields initialise.</remarks>
    public static ProtocolJson Wire => s_wire ??= new(new JsonSerializerOptions(Default.Options)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });

    private static ProtocolJson? s_wire;
}
