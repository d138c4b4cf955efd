using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ForumBot.Teams;

namespace ForumBot.Protocol;

/// <summary>Source-generated serialization for every protocol shape we read or write.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(InvokeResponseBody))]
[JsonSerializable(typeof(TeamsChannelData))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(IList<ChannelAccount>))]
[JsonSerializable(typeof(PagedMembersResult))]
public sealed partial class ProtocolJson : JsonSerializerContext;
