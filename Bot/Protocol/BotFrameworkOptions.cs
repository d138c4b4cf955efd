using System.ComponentModel.DataAnnotations;
using ForumBot.Protocol.Auth;
using ForumBot.Protocol.Outbound;

namespace ForumBot.Protocol;

/// <summary>How the bot's Entra ID app registration is set up (the SDK's MicrosoftAppType).</summary>
public enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMsi,
}

/// <summary>
/// The Bot Framework settings of both directions — inbound channel-token validation and
/// outbound token acquisition — read once from the configuration ROOT under the exact keys the
/// Bot Framework SDK reads, so an App Service configured for an SDK bot runs this one unchanged.
/// The one place that knows the defaults, the login authority and the scope; checked at
/// start-up like every options class (DataAnnotations: <see cref="Validate"/> applies
/// <see cref="BotFrameworkOptionsValidator"/> and the unauthenticated-mode rule).
/// </summary>
public sealed class BotFrameworkOptions : IValidatableObject
{
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string DefaultTokenIssuer = "https://api.botframework.com";
    public const string DefaultLoginUrl = "https://login.microsoftonline.com/botframework.com";
    public const string LoginUrlPrefix = "https://login.microsoftonline.com/";
    public const string DefaultOAuthScope = "https://api.botframework.com";
    public const string AllowedTenantsKey = "ForumBot:AllowedTenants";

    /// <summary>MicrosoftAppType as configured; empty means MultiTenant, as in the SDK.</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary>The parsed app type; null when MicrosoftAppType names no known type.</summary>
    public BotAppType? AppType => string.IsNullOrWhiteSpace(MicrosoftAppType)
        ? BotAppType.MultiTenant
        : Enum.GetValues<BotAppType>()
            .Select(type => (BotAppType?)type)
            .FirstOrDefault(type => string.Equals(type.ToString(), MicrosoftAppType.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The app (client) id; for UserAssignedMSI the managed identity's client id. Empty = unauthenticated mode.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The client secret (MultiTenant, SingleTenant). Used by outbound token acquisition only.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The app's home tenant (SingleTenant, UserAssignedMSI); also where the outbox opens 1:1 chats.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Inbound only: where the channel's signing keys are found.</summary>
    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>Inbound only: the expected <c>iss</c> of channel tokens.</summary>
    public string ToBotFromChannelTokenIssuer { get; set; } = DefaultTokenIssuer;

    /// <summary>Outbound only, as configured; null means the SDK's default for the app type (see <see cref="EffectiveLoginUrl"/>).</summary>
    public string? ToChannelFromBotLoginUrl { get; set; }

    /// <summary>Outbound only; see <see cref="Scope"/>.</summary>
    public string ToChannelFromBotOAuthScope { get; set; } = DefaultOAuthScope;

    /// <summary>Outbound only: MSAL authority validation.</summary>
    public bool ValidateAuthority { get; set; } = true;

    /// <summary>Inbound only: ForumBot:AllowedTenants; empty = activities from any tenant are served.</summary>
    public IReadOnlyList<string> AllowedTenants { get; set; } = [];

    /// <summary>False when no MicrosoftAppId is configured: only loopback callers are served, and outbound calls carry no token.</summary>
    public bool IsAuthenticated => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>How outbound calls get their bearer token.</summary>
    public ConnectorCredentialKind Credential => !IsAuthenticated
        ? ConnectorCredentialKind.None
        : AppType == BotAppType.UserAssignedMsi ? ConnectorCredentialKind.ManagedIdentity : ConnectorCredentialKind.ClientSecret;

    /// <summary>The host's environment (set at composition): unauthenticated mode is for Development only.</summary>
    public string EnvironmentName { get; set; } = string.Empty;

    /// <summary>Values that could not be read at all (e.g. ValidateAuthority=yes); reported by the validator.</summary>
    internal List<string> ReadErrors { get; } = [];

    /// <summary>
    /// The authority outbound tokens come from: a configured ToChannelFromBotLoginUrl as is, except
    /// that SingleTenant and UserAssignedMSI apps use their own tenant in place of botframework.com,
    /// as the SDK does for the public cloud.
    /// </summary>
    public string EffectiveLoginUrl
    {
        get
        {
            var configured = string.IsNullOrWhiteSpace(ToChannelFromBotLoginUrl) ? DefaultLoginUrl : ToChannelFromBotLoginUrl.Trim();
            var ownTenant = AppType is BotAppType.SingleTenant or BotAppType.UserAssignedMsi && !string.IsNullOrWhiteSpace(MicrosoftAppTenantId);
            return ownTenant && string.Equals(configured.TrimEnd('/'), DefaultLoginUrl, StringComparison.OrdinalIgnoreCase)
                ? LoginUrlPrefix + MicrosoftAppTenantId!.Trim()
                : configured;
        }
    }

    /// <summary>The client-credentials scope: the OAuth scope with "/.default" appended, as the SDK builds it.</summary>
    public string Scope => ToChannelFromBotOAuthScope.EndsWith('/')
        ? ToChannelFromBotOAuthScope + ".default"
        : ToChannelFromBotOAuthScope + "/.default";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        BotFrameworkOptionsValidator.Problems(this)
            .Append(UnauthenticatedMode.StartupProblem(this, EnvironmentName))
            .OfType<string>()
            .Select(problem => new ValidationResult(problem));

    /// <summary>Copies the settings from the configuration root; empty values mean the SDK's default.</summary>
    public static void Read(IConfiguration configuration, BotFrameworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);

        options.MicrosoftAppType = Value(configuration, nameof(MicrosoftAppType));
        options.MicrosoftAppId = Value(configuration, nameof(MicrosoftAppId));
        options.MicrosoftAppPassword = Value(configuration, nameof(MicrosoftAppPassword));
        options.MicrosoftAppTenantId = Value(configuration, nameof(MicrosoftAppTenantId));
        options.ToBotFromChannelOpenIdMetadataUrl = Value(configuration, nameof(ToBotFromChannelOpenIdMetadataUrl)) ?? DefaultOpenIdMetadataUrl;
        options.ToBotFromChannelTokenIssuer = Value(configuration, nameof(ToBotFromChannelTokenIssuer)) ?? DefaultTokenIssuer;
        options.ToChannelFromBotLoginUrl = Value(configuration, nameof(ToChannelFromBotLoginUrl));
        options.ToChannelFromBotOAuthScope = Value(configuration, nameof(ToChannelFromBotOAuthScope)) ?? DefaultOAuthScope;

        var validateAuthority = Value(configuration, nameof(ValidateAuthority));
        if (validateAuthority is null)
        {
            options.ValidateAuthority = true;
        }
        else if (bool.TryParse(validateAuthority, out var parsed))
        {
            options.ValidateAuthority = parsed;
        }
        else
        {
            options.ReadErrors.Add($"ValidateAuthority must be true or false, not '{validateAuthority}'.");
        }

        options.AllowedTenants = ReadList(configuration.GetSection(AllowedTenantsKey));
    }

    private static string? Value(IConfiguration configuration, string key) =>
        configuration[key] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>
    /// An array (ForumBot:AllowedTenants:0, :1, …) or one comma/semicolon-separated string
    /// (ForumBot__AllowedTenants in App Service). Both are read: the JSON provider turns an empty
    /// array in appsettings.json into an empty string beside any array items from other sources.
    /// </summary>
    private static string[] ReadList(IConfigurationSection section) =>
        [.. section.GetChildren().Select(child => child.Value).Prepend(section.Value)
            .SelectMany(value => (value ?? string.Empty).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase)];
}
