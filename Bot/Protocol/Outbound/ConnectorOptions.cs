namespace ForumBot.Protocol.Outbound;

/// <summary>
/// Compatibility view for code that still asks for <c>IOptions&lt;ConnectorOptions&gt;</c> (the
/// outbox reads the app id and tenant id for opening 1:1 chats through it). Not read from
/// configuration and holds no values of its own: every member reads and writes the
/// <see cref="BotFrameworkOptions"/> behind it, the one source of the Bot Framework settings.
/// New code should take <c>IOptions&lt;BotFrameworkOptions&gt;</c>; remove this once nothing uses it.
/// </summary>
public sealed class ConnectorOptions
{
    /// <summary>The shared settings this view shows (set by AddConnectorClient).</summary>
    public BotFrameworkOptions Settings { get; set; } = new();

    public string? MicrosoftAppType { get => Settings.MicrosoftAppType; set => Settings.MicrosoftAppType = value; }

    public string? MicrosoftAppId { get => Settings.MicrosoftAppId; set => Settings.MicrosoftAppId = value; }

    public string? MicrosoftAppTenantId { get => Settings.MicrosoftAppTenantId; set => Settings.MicrosoftAppTenantId = value; }

    public ConnectorCredentialKind Credential => Settings.Credential;
}
