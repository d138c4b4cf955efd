namespace ForumBot.Protocol.Outbound;

/// <summary>How outbound calls get their bearer token (<see cref="BotFrameworkOptions.Credential"/>).</summary>
public enum ConnectorCredentialKind
{
    /// <summary>No MicrosoftAppId: unauthenticated mode, no Authorization header at all.</summary>
    None,

    /// <summary>MultiTenant or SingleTenant: client credentials with MicrosoftAppPassword (MSAL).</summary>
    ClientSecret,

    /// <summary>UserAssignedMSI: the managed identity whose client id is MicrosoftAppId (Azure.Identity).</summary>
    ManagedIdentity,
}
