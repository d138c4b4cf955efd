using Microsoft.Extensions.Options;

namespace ForumBot.Protocol.Auth;

/// <summary>
/// Checks the authentication settings at start-up, so a missing or inconsistent setting stops
/// the service with a message naming the key instead of failing turns later. The rules follow
/// the SDK's ConfigurationServiceClientCredentialFactory, made stricter where it would guess.
/// </summary>
public sealed class BotAuthenticationOptionsValidator : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>(options.ReadErrors);

        var type = options.AppType;
        if (type is null)
        {
            failures.Add($"MicrosoftAppType '{options.MicrosoftAppType}' is not known: use SingleTenant, MultiTenant or UserAssignedMSI.");
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
            failures.Add($"MicrosoftAppPassword is required when MicrosoftAppId is set and MicrosoftAppType is {type}.");
        }

        if (!hasAppId && hasPassword)
        {
            failures.Add("MicrosoftAppPassword is set but MicrosoftAppId is empty: set both, or neither for unauthenticated (loopback-only) mode.");
        }

        CheckFetchedUrl(failures, "ToBotFromChannelOpenIdMetadataUrl", options.ToBotFromChannelOpenIdMetadataUrl);
        CheckFetchedUrl(failures, "ToChannelFromBotLoginUrl", options.EffectiveLoginUrl);

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
            failures.Add($"{BotAuthenticationOptions.AllowedTenantsKey} entry '{tenant}' is not a tenant id (a GUID).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Keys and tokens are fetched from these: https only, except on this machine (tests, emulators).</summary>
    private static void CheckFetchedUrl(List<string> failures, string key, string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            failures.Add($"{key} must be an absolute https URL, not '{value}'.");
        }
        else if (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)
        {
            failures.Add($"{key} must use https (plain http is allowed only for 127.0.0.1, ::1 and localhost), not '{value}'.");
        }
    }
}
