using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ForumBot.Protocol.Outbound;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ForumBot.Tests.Fixtures;

/// <summary>One client-credentials request, as the token endpoint received it.</summary>
public sealed record TokenRequest(string Tenant, IReadOnlyDictionary<string, string> Form, DateTimeOffset At);

/// <summary>
/// Stands in for Entra ID's v2.0 token endpoint (the outer edge) on a real loopback port:
/// answers client-credentials form posts at /{tenant}/oauth2/v2.0/token with
/// {token_type, expires_in, access_token}, checks the form fields and counts the calls.
/// It speaks https with a certificate made in the test, because MSAL refuses plain-http
/// authorities (even on loopback); the bot's token HttpClient is told to trust that one
/// certificate only (<see cref="TrustIn"/>). On a second, plain-http port it also plays App
/// Service's managed identity endpoint (GET /msi/token, as IDENTITY_ENDPOINT names it).
/// </summary>
public sealed class TestTokenEndpoint : IAsyncDisposable
{
    public const string ClientId = "00000000-1111-2222-3333-444444444444";
    public const string ClientSecret = "test-secret-not-a-real-one";
    public const string Scope = "https://api.botframework.com/.default";
    public const string IdentityHeader = "test-identity-header";

    private readonly WebApplication _app;
    private readonly X509Certificate2 _certificate;
    private readonly ConcurrentQueue<TokenRequest> _requests = new();
    private readonly ConcurrentQueue<string> _managedIdentityRequests = new();
    private int _issued;

    private TestTokenEndpoint(WebApplication app, X509Certificate2 certificate)
    {
        _app = app;
        _certificate = certificate;
    }

    /// <summary>https://127.0.0.1:port/ — append a tenant to get a login URL.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The client id the endpoint accepts (also as the managed identity's client id).</summary>
    public string ExpectedClientId { get; set; } = ClientId;

    /// <summary>The client secret the endpoint accepts.</summary>
    public string ExpectedClientSecret { get; set; } = ClientSecret;

    /// <summary>The expires_in the endpoint answers with.</summary>
    public int ExpiresInSeconds { get; set; } = 3600;

    /// <summary>How long each answer takes, so concurrent callers overlap with the request in flight.</summary>
    public TimeSpan Latency { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Tokens handed out so far; the n-th token is "test-access-token-n".</summary>
    public int Issued => Volatile.Read(ref _issued);

    public IReadOnlyList<TokenRequest> Requests => [.. _requests];

    /// <summary>http://127.0.0.1:port/msi/token — the value for IDENTITY_ENDPOINT.</summary>
    public Uri ManagedIdentityEndpoint { get; private set; } = null!;

    /// <summary>The query strings of the managed identity requests that were answered with a token.</summary>
    public IReadOnlyList<string> ManagedIdentityRequests => [.. _managedIdentityRequests];

    public string LoginUrl(string tenant = "botframework.com") => new Uri(BaseUrl, tenant).ToString();

    public static string TokenNumber(int n) => "test-access-token-" + n;

    public static async Task<TestTokenEndpoint> StartAsync()
    {
        var certificate = CreateCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate));
            kestrel.Listen(IPAddress.Loopback, 0);
        });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var endpoint = new TestTokenEndpoint(app, certificate);
        app.MapPost("/{tenant}/oauth2/v2.0/token", (Func<HttpContext, string, Task<IResult>>)endpoint.HandleAsync);
        app.MapGet("/msi/token", (Func<HttpContext, IResult>)endpoint.HandleManagedIdentity);
        await app.StartAsync();
        endpoint.BaseUrl = new Uri(app.Urls.First(url => url.StartsWith("https:", StringComparison.Ordinal)).TrimEnd('/') + "/");
        endpoint.ManagedIdentityEndpoint = new Uri(app.Urls.First(url => url.StartsWith("http:", StringComparison.Ordinal)).TrimEnd('/') + "/msi/token");
        return endpoint;
    }

    /// <summary>
    /// Points an authenticated bot's settings at this endpoint (login URL with the tenant the app
    /// type asks for, ValidateAuthority=false) and accepts the app id and password they hold.
    /// The bot must also be given <see cref="TrustIn"/> (ConfigureTestServices).
    /// </summary>
    public Dictionary<string, string?> ApplyTo(Dictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ExpectedClientId = settings.GetValueOrDefault("MicrosoftAppId") ?? ClientId;
        ExpectedClientSecret = settings.GetValueOrDefault("MicrosoftAppPassword") ?? ClientSecret;
        var ownTenant = string.Equals(settings.GetValueOrDefault("MicrosoftAppType"), "SingleTenant", StringComparison.OrdinalIgnoreCase);
        settings["ToChannelFromBotLoginUrl"] = LoginUrl(ownTenant ? settings.GetValueOrDefault("MicrosoftAppTenantId") ?? "botframework.com" : "botframework.com");
        settings["ValidateAuthority"] = "false";
        return settings;
    }

    /// <summary>Makes the bot's token HttpClient trust this endpoint's certificate, and nothing else new.</summary>
    public void TrustIn(IServiceCollection services)
    {
        var thumbprint = _certificate.GetCertHashString(HashAlgorithmName.SHA256);
        services.AddHttpClient(ConnectorRegistration.TokenHttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                SslOptions =
                {
                    RemoteCertificateValidationCallback = (_, presented, _, errors) => errors == System.Net.Security.SslPolicyErrors.None
                        || (presented is not null && string.Equals(presented.GetCertHashString(HashAlgorithmName.SHA256), thumbprint, StringComparison.Ordinal)),
                },
            });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _certificate.Dispose();
    }

    private async Task<IResult> HandleAsync(HttpContext http, string tenant)
    {
        var form = await http.Request.ReadFormAsync();
        var fields = form.ToDictionary(field => field.Key, field => field.Value.ToString(), StringComparer.Ordinal);
        _requests.Enqueue(new TokenRequest(tenant, fields, DateTimeOffset.UtcNow));
        await Task.Delay(Latency);

        if (Field(fields, "grant_type") != "client_credentials" || Field(fields, "client_id") != ExpectedClientId || Field(fields, "scope") != Scope)
        {
            return Results.Json(new { error = "invalid_request", error_description = "AADSTS900144: unexpected form fields." }, statusCode: 400);
        }

        if (Field(fields, "client_secret") != ExpectedClientSecret)
        {
            return Results.Json(new { error = "invalid_client", error_description = "AADSTS7000215: Invalid client secret provided." }, statusCode: 401);
        }

        var number = Interlocked.Increment(ref _issued);
        return Results.Json(new { token_type = "Bearer", expires_in = ExpiresInSeconds, ext_expires_in = ExpiresInSeconds, access_token = TokenNumber(number) });
    }

    /// <summary>App Service's managed identity protocol (api-version 2019-08-01), as Azure.Identity speaks it.</summary>
    private IResult HandleManagedIdentity(HttpContext http)
    {
        var query = http.Request.Query;
        if (http.Request.Headers["X-IDENTITY-HEADER"] != IdentityHeader || query["api-version"] != "2019-08-01"
            || query["resource"] != "https://api.botframework.com" || query["client_id"] != ExpectedClientId)
        {
            return Results.Json(new { error = "invalid_request" }, statusCode: 400);
        }

        _managedIdentityRequests.Enqueue(http.Request.QueryString.ToString());
        var number = Interlocked.Increment(ref _issued);
        var expiresOn = DateTimeOffset.UtcNow.AddSeconds(ExpiresInSeconds).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Json(new { access_token = TokenNumber(number), expires_on = expiresOn, resource = "https://api.botframework.com", token_type = "Bearer", client_id = ExpectedClientId });
    }

    private static string? Field(Dictionary<string, string> fields, string name) => fields.TryGetValue(name, out var value) ? value : null;

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var ephemeral = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(2));

        // Kestrel on Linux needs the private key in a form SslStream can use: round-trip through PKCS#12.
        return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pkcs12), null);
    }
}
