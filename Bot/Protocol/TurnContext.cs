using System.Text.Json;
using ForumBot.Localization;

namespace ForumBot.Protocol;

/// <summary>
/// Everything a handler needs for one inbound activity: the activity, who sent it, the
/// language to answer in, and a connector bound to the conversation's own serviceUrl.
/// </summary>
public sealed class TurnContext
{
    private readonly ConnectorClient _connector;

    public TurnContext(IncomingActivity activity, ConnectorClient connector, string correlationId, IServiceProvider services)
    {
        Activity = activity;
        _connector = connector;
        CorrelationId = correlationId;
        Services = services;
        Language = Languages.FromLocale(activity.Locale);
        ChannelData = TeamsChannelData.From(activity);
        Text = Mentions.StripBotMention(activity);
    }

    /// <summary>The inbound activity, as the channel sent it (immutable).</summary>
    public IncomingActivity Activity { get; }

    public Language Language { get; }

    public TeamsChannelData? ChannelData { get; }

    /// <summary>Identifies this turn in logs and in the error message a user may see.</summary>
    public string CorrelationId { get; }

    public IServiceProvider Services { get; }

    /// <summary>The message text with the bot's @mention removed.</summary>
    public string Text { get; }

    /// <summary>The text after the matched command words (set by the router).</summary>
    public string Arguments { get; internal set; } = string.Empty;

    /// <summary>The card action's data: Action.Execute's action.data, or Action.Submit's value.</summary>
    public JsonElement? ActionData { get; internal set; }

    /// <summary>Set by an invoke handler; the endpoint writes it as the HTTP response.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    public bool IsPersonalChat => Activity.Conversation?.ConversationType is null or "personal";

    public string? TenantId => ChannelData?.Tenant?.Id ?? Activity.Conversation?.TenantId;

    public string? SenderAadObjectId => Activity.From?.AadObjectId;

    public ConnectorClient Connector => _connector;

    /// <summary>Sends a message into the conversation this turn came from (an addressed copy of <paramref name="reply"/>).</summary>
    public Task<SendOutcome> SendAsync(OutgoingActivity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var conversationId = Activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation.");
        var addressed = reply.InReplyTo(Activity);
        return Activity.Id is { Length: > 0 } id
            ? _connector.ReplyToActivityAsync(conversationId, id, addressed, cancellationToken)
            : _connector.SendToConversationAsync(conversationId, addressed, cancellationToken);
    }
}
