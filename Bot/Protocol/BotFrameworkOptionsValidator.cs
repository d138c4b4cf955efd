using ForumBot.Protocol.Outbound;

namespace ForumBot.Protocol;

/// <summary>
/// Checks the Bot Framework settings of both directions at start-up, so a missing or
/// inconsistent setting stops the service with one message naming the key instead of failing
/// turns or sends later. The rules follow the SDK's ConfigurationServiceClientCredentialFactory,
/// made stricter where it would guess. Run by <see cref="BotFrameworkOptions.Validate"/>, i.e. by
/// the DataAnnotations validation every options class has.
/// </summary>
public static class BotFrameworkOptionsValidator
{
    /// <summary>One line per problem; none when the settings are usable.</summary>
    public static IReadOnlyList<string> Problems(BotFrameworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>(options.ReadErrors);

        var type = options.AppType;
        if (type is null)
        {
            failures.Add($"MicrosoftAppType '{options.MicrosoftAppType}' is not known: MicrosoftAppType must be SingleTenant, MultiTenant or UserAssignedMSI (any case).");
        }

        var hasAppId = !string.IsNullOrWhiteSpace(options.MicrosoftAppId);
        var hasPassword = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        if (type is BotAppType.SingleTenant or BotAppType.UserAssignedMsi)
        {
            var label = type == BotAppType.SingleTenant ? "SingleTenant" : "UserAssignedMSI";
            if (!hasAppId)
            {
                failures.Add($"MicrosoftAppId is required when MicrosoftAppType is {label}.");
            }

            if (string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
            {
                failures.Add($"MicrosoftAppTenantId is required when MicrosoftAppType is {label}.");
            }
            else if (!Guid.TryParse(options.MicrosoftAppTenantId, out _))
            {
                failures.Add($"MicrosoftAppTenantId must be a tenant id (a GUID), not '{options.MicrosoftAppTenantId}'.");
            }
        }

        if (type == BotAppType.UserAssignedMsi && hasPassword)
        {
            failures.Add("MicrosoftAppPassword must not be set when MicrosoftAppType is UserAssignedMSI (MicrosoftAppId is the managed identity's client id).");
        }

        if ((type is BotAppType.SingleTenant or BotAppType.MultiTenant) && hasAppId && !hasPassword)
        {
            failures.Add($"MicrosoftAppPassword is required when MicrosoftAppId is set and MicrosoftAppType is {type} (for a managed identity set MicrosoftAppType=UserAssignedMSI).");
        }

        if (!hasAppId && hasPassword)
        {
            failures.Add("MicrosoftAppPassword is set but MicrosoftAppId is empty: set both, or neither for unauthenticated (loopback-only) mode.");
        }

        // Inbound: IdentityModel fetches the metadata over plain http too, so loopback http is fine (tests, emulators).
        CheckUrl(failures, "ToBotFromChannelOpenIdMetadataUrl", options.ToBotFromChannelOpenIdMetadataUrl, httpsEvenOnLoopback: false);

        // Outbound: MSAL refuses any authority that is not https, loopback included; say so at start-up, not on the first send.
        CheckUrl(failures, "ToChannelFromBotLoginUrl", options.EffectiveLoginUrl, httpsEvenOnLoopback: options.Credential == ConnectorCredentialKind.ClientSecret);

        if (string.IsNullOrWhiteSpace(options.ToBotFromChannelTokenIssuer))
        {
            failures.Add("ToBotFromChannelTokenIssuer must not be empty.");
        }

        if (string.IsNullOrWhiteSpace(options.ToChannelFromBotOAuthScope))
        {
            failures.Add("ToChannelFromBotOAuthScope must not be empty.");
        }

        foreach (var tenant in options.AllowedTenants.Where(tenant => !Guid.TryParse(tenant, out _)))
        {
            failures.Add($"{BotFrameworkOptions.AllowedTenantsKey} entry '{tenant}' is not a tenant id (a GUID).");
        }

        return failures;
    }

    /// <summary>Keys and tokens are fetched from these: https, with plain http at most on this machine. One message per bad value.</summary>
    private static void CheckUrl(List<string> failures, string key, string value, bool httpsEvenOnLoopback)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            failures.Add($"{key} must be an absolute https URL, not '{value}'.");
        }
        else if (uri.Scheme != Uri.UriSchemeHttps && httpsEvenOnLoopback)
        {
            failures.Add($"{key} must be an absolute https URL when tokens are acquired with MicrosoftAppPassword (MSAL refuses plain http, loopback included), not '{value}'.");
        }
        else if (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)
        {
            failures.Add($"{key} must use https (plain http is allowed only for 127.0.0.1, ::1 and localhost), not '{value}'.");
        }
    }
}
