using System.Text.Json;
using System.Text.Json.Nodes;
using ForumBot.Protocol;

namespace ForumBot.Tests.Protocol;

/// <summary>The inbound and outbound activity types: nothing lost on read, the outbox's stored JSON unchanged, no mutation on send.</summary>
public sealed class ActivityShapeTests
{
    [Fact]
    public void Incoming_KeepsFieldsItDoesNotType()
    {
        const string json = """
            {"type":"message","serviceUrl":"https://smba.trafficmanager.net/emea/","conversation":{"id":"a:1","extraConversation":1},
             "from":{"id":"29:1","aadObjectId":"x","extraFrom":true},"somethingNew":{"a":[1,2]}}
            """;

        var activity = JsonSerializer.Deserialize(json, ProtocolJson.Wire.IncomingActivity)!;

        Assert.Equal(new Uri("https://smba.trafficmanager.net/emea/"), activity.ServiceUrl);
        Assert.Equal("https://smba.trafficmanager.net/emea/", activity.ServiceUrl!.OriginalString);
        Assert.Equal("""{"a":[1,2]}""", activity.Extra!["somethingNew"].GetRawText());
        Assert.True(activity.From!.Extra!.ContainsKey("extraFrom"));
        Assert.True(activity.Conversation!.Extra!.ContainsKey("extraConversation"));
    }

    [Fact]
    public void Outgoing_Card_IsWrittenAsTheOutboxAlwaysStoredIt()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = "Hvordan går det?" }) };
        var activity = MessageFactory.Card(card, "Opdatering om æøå") with { Locale = "da-DK" };

        var json = JsonSerializer.Serialize(activity, ProtocolJson.Wire.OutgoingActivity);

        Assert.Equal(
            """{"type":"message","locale":"da-DK","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"Hvordan går det?"}]}}],"summary":"Opdatering om æøå"}""",
            json);
    }

    [Fact]
    public void Outgoing_ReadsARowWrittenBeforeTheSplit_AndWritesItBackUnchanged()
    {
        // As the outbox stored the old single Activity type (a field it never set included, to show nothing is lost).
        const string stored = """{"type":"message","text":"Hej","textFormat":"plain","value":{"x":1},"summary":"s"}""";

        var activity = JsonSerializer.Deserialize(stored, ProtocolJson.Wire.OutgoingActivity)!;

        Assert.Equal("Hej", activity.Text);
        Assert.Equal("""{"type":"message","text":"Hej","textFormat":"plain","summary":"s","value":{"x":1}}""", JsonSerializer.Serialize(activity, ProtocolJson.Wire.OutgoingActivity));
    }

    [Fact]
    public void Outgoing_AddressedAsReply_IsACopy_TheOriginalAndTheInboundStayAsTheyWere()
    {
        var inbound = new IncomingActivity
        {
            Type = ActivityTypes.Message,
            Locale = "da-DK",
            From = new ChannelAccount { Id = "29:user" },
            Recipient = new ChannelAccount { Id = "28:bot" },
            Conversation = new ConversationAccount { Id = "a:chat" },
        };
        var reply = MessageFactory.Text("Hej");

        var addressed = reply.InReplyTo(inbound);

        Assert.Equal("28:bot", addressed.From!.Id);
        Assert.Equal("29:user", addressed.Recipient!.Id);
        Assert.Equal("a:chat", addressed.Conversation!.Id);
        Assert.Equal("da-DK", addressed.Locale);
        Assert.Null(reply.From);
        Assert.Null(reply.Conversation);
        Assert.Null(reply.Locale);
        Assert.Equal(ActivityTypes.Message, inbound.Type);
    }

    [Fact]
    public void Outgoing_InConversation_SetsConversationAndBot_KeepsTheOriginal()
    {
        var stored = MessageFactory.Text("Hej");

        var addressed = stored.InConversation("a:opened", new ChannelAccount { Id = "28:bot" });

        Assert.Equal("a:opened", addressed.Conversation!.Id);
        Assert.Equal("28:bot", addressed.From!.Id);
        Assert.Null(stored.Conversation);
    }
}
