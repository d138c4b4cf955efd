namespace ForumBot.Protocol.Auth;

/// <summary>ForumBot:AllowedTenants: a proven caller from another tenant is refused with 403.</summary>
public static class TenantAllowList
{
    /// <summary>The tenant an activity comes from: Teams' channelData.tenant.id, else conversation.tenantId.</summary>
    public static string? TenantOf(IncomingActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var fromChannelData = TeamsChannelData.From(activity)?.Tenant?.Id;
        return string.IsNullOrWhiteSpace(fromChannelData) ? activity.Conversation?.TenantId : fromChannelData;
    }

    /// <summary>Ok when the list is empty or holds the activity's tenant; Forbidden otherwise (also when no tenant is given).</summary>
    public static InboundAuthResult Check(IReadOnlyList<string> allowedTenants, IncomingActivity activity)
    {
        ArgumentNullException.ThrowIfNull(allowedTenants);
        if (allowedTenants.Count == 0)
        {
            return InboundAuthResult.Ok;
        }

        var tenant = TenantOf(activity);
        if (string.IsNullOrWhiteSpace(tenant))
        {
            return InboundAuthResult.Forbidden("activity names no tenant and ForumBot:AllowedTenants is set");
        }

        return allowedTenants.Contains(tenant.Trim(), StringComparer.OrdinalIgnoreCase)
            ? InboundAuthResult.Ok
            : InboundAuthResult.Forbidden($"tenant {(Guid.TryParse(tenant, out var id) ? id.ToString() : "(not a GUID)")} is not in ForumBot:AllowedTenants");
    }
}
