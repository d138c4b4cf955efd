using System.ComponentModel.DataAnnotations;

namespace ForumBot.Protocol.Outbound;

/// <summary>How outbound calls get their bearer token.</summary>
public enum ConnectorCredentialKind
{
    /// <summary>No MicrosoftAppId: unauthenticated mode, no Authorization header at all.</summary>
    None,

    /// <summary>MultiTenant or SingleTenant: client credentials with MicrosoftAppPassword (MSAL).</summary>
    ClientSecret,

    /// <summary>UserAssignedMSI: the managed identity whose client id is MicrosoftAppId (Azure.Identity).</summary>
    ManagedIdentity,
}

/// <summary>
/// The outbound half of the Bot Framework settings, read from the configuration ROOT under the
/// SDK's key names. The inbound side reads the same keys into BotAuthenticationOptions; the two
/// agree on defaults and on how the login URL is chosen, and can be merged later.
/// </summary>
public sealed class ConnectorOptions : IValidatableObject
{
    public const string DefaultLoginUrl = "https://login.microsoftonline.com/botframework.com";
    public const string LoginUrlPrefix = "https://login.microsoftonline.com/";
    public const string DefaultOAuthScope = "https://api.botframework.com";

    /// <summary>MultiTenant (also when empty), SingleTenant or UserAssignedMSI.</summary>
    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>As configured; null means the default for the app type (see <see cref="Authority"/>).</summary>
    public string? ToChannelFromBotLoginUrl { get; set; }

    public string ToChannelFromBotOAuthScope { get; set; } = DefaultOAuthScope;

    public bool ValidateAuthority { get; set; } = true;

    internal string? ReadError { get; set; }

    public ConnectorCredentialKind Credential => string.IsNullOrWhiteSpace(MicrosoftAppId)
        ? ConnectorCredentialKind.None
        : AppTypeIs("UserAssignedMSI") ? ConnectorCredentialKind.ManagedIdentity : ConnectorCredentialKind.ClientSecret;

    /// <summary>
    /// The token authority: a configured login URL as is, except that SingleTenant and
    /// UserAssignedMSI apps use their own tenant in place of botframework.com (as the SDK does).
    /// </summary>
    public string Authority
    {
        get
        {
            var configured = string.IsNullOrWhiteSpace(ToChannelFromBotLoginUrl) ? DefaultLoginUrl : ToChannelFromBotLoginUrl.Trim();
            var ownTenant = (AppTypeIs("SingleTenant") || AppTypeIs("UserAssignedMSI")) && !string.IsNullOrWhiteSpace(MicrosoftAppTenantId);
            return ownTenant && string.Equals(configured.TrimEnd('/'), DefaultLoginUrl, StringComparison.OrdinalIgnoreCase)
                ? LoginUrlPrefix + MicrosoftAppTenantId!.Trim()
                : configured;
        }
    }

    /// <summary>The client-credentials scope: the OAuth scope with "/.default" appended, as the SDK builds it.</summary>
    public string Scope => ToChannelFromBotOAuthScope.EndsWith('/')
        ? ToChannelFromBotOAuthScope + ".default"
        : ToChannelFromBotOAuthScope + "/.default";

    /// <summary>Copies the settings from the configuration root; empty values mean the SDK's defaults.</summary>
    public static void Read(IConfiguration configuration, ConnectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        options.MicrosoftAppType = Value(configuration, nameof(MicrosoftAppType));
        options.MicrosoftAppId = Value(configuration, nameof(MicrosoftAppId));
        options.MicrosoftAppPassword = Value(configuration, nameof(MicrosoftAppPassword));
        options.MicrosoftAppTenantId = Value(configuration, nameof(MicrosoftAppTenantId));
        options.ToChannelFromBotLoginUrl = Value(configuration, nameof(ToChannelFromBotLoginUrl));
        options.ToChannelFromBotOAuthScope = Value(configuration, nameof(ToChannelFromBotOAuthScope)) ?? DefaultOAuthScope;
        var validateAuthority = Value(configuration, nameof(ValidateAuthority));
        if (validateAuthority is not null && !bool.TryParse(validateAuthority, out _))
        {
            options.ReadError = $"ValidateAuthority must be true or false, not '{validateAuthority}'.";
        }

        options.ValidateAuthority = validateAuthority is null || !bool.TryParse(validateAuthority, out var parsed) || parsed;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ReadError is not null)
        {
            yield return new ValidationResult(ReadError);
        }

        if (!string.IsNullOrWhiteSpace(MicrosoftAppType) && !AppTypeIs("MultiTenant") && !AppTypeIs("SingleTenant") && !AppTypeIs("UserAssignedMSI"))
        {
            yield return new ValidationResult($"MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI, not '{MicrosoftAppType}'.");
        }

        if (Credential == ConnectorCredentialKind.None)
        {
            yield break;
        }

        if ((AppTypeIs("SingleTenant") || AppTypeIs("UserAssignedMSI")) && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
        {
            yield return new ValidationResult($"MicrosoftAppTenantId is required when MicrosoftAppType is {MicrosoftAppType}.");
        }

        if (Credential == ConnectorCredentialKind.ClientSecret)
        {
            if (string.IsNullOrWhiteSpace(MicrosoftAppPassword))
            {
                yield return new ValidationResult("MicrosoftAppPassword is required when MicrosoftAppId is set (or set MicrosoftAppType=UserAssignedMSI).");
            }

            // MSAL refuses any authority that is not https, loopback included; say so at start-up, not on the first send.
            if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttps)
            {
                yield return new ValidationResult($"ToChannelFromBotLoginUrl must be an absolute https URL, not '{Authority}'.");
            }
        }
    }

    private bool AppTypeIs(string type) => string.Equals(MicrosoftAppType?.Trim(), type, StringComparison.OrdinalIgnoreCase);

    private static string? Value(IConfiguration configuration, string key) =>
        configuration[key] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
