using Azure.Core;
using Azure.Identity;
using Microsoft.Identity.Client;

namespace ForumBot.Protocol.Outbound;

/// <summary>
/// Client credentials (MicrosoftAppId + MicrosoftAppPassword) through MSAL. Our cache decides
/// when to renew (on our TimeProvider), so a call here always goes to the token endpoint.
/// </summary>
internal sealed class MsalTokenSource : ITokenSource
{
    private readonly IConfidentialClientApplication _app;

    public MsalTokenSource(BotFrameworkOptions options, IMsalHttpClientFactory httpClientFactory)
    {
        var builder = ConfidentialClientApplicationBuilder.Create(options.MicrosoftAppId)
            .WithClientSecret(options.MicrosoftAppPassword)
            .WithAuthority(options.EffectiveLoginUrl, options.ValidateAuthority)
            .WithHttpClientFactory(httpClientFactory);
        if (!options.ValidateAuthority)
        {
            // Not validating also means not asking login.microsoftonline.com about a custom authority.
            builder = builder.WithInstanceDiscovery(false);
        }

        _app = builder.Build();
    }

    public async Task<AcquiredToken> AcquireAsync(string scope, CancellationToken cancellationToken)
    {
        var result = await _app.AcquireTokenForClient([scope]).WithForceRefresh(true).ExecuteAsync(cancellationToken);
        return new AcquiredToken(result.AccessToken, LifetimeFrom(result.ExpiresOn));
    }

    // MSAL states expiry on the system clock; convert it to a duration at once.
    internal static TimeSpan LifetimeFrom(DateTimeOffset expiresOn)
    {
        var lifetime = expiresOn - TimeProvider.System.GetUtcNow();
        return lifetime > TimeSpan.Zero ? lifetime : TimeSpan.Zero;
    }
}

/// <summary>A user-assigned managed identity (MicrosoftAppType=UserAssignedMSI, client id MicrosoftAppId).</summary>
internal sealed class ManagedIdentityTokenSource(string clientId) : ITokenSource
{
    private readonly ManagedIdentityCredential _credential = new(ManagedIdentityId.FromUserAssignedClientId(clientId));

    public async Task<AcquiredToken> AcquireAsync(string scope, CancellationToken cancellationToken)
    {
        var token = await _credential.GetTokenAsync(new TokenRequestContext([scope]), cancellationToken);
        return new AcquiredToken(token.Token, MsalTokenSource.LifetimeFrom(token.ExpiresOn));
    }
}

/// <summary>Gives MSAL an HttpClient from IHttpClientFactory (pooled handlers, DNS refresh, testable).</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(ConnectorRegistration.TokenHttpClientName);
}
