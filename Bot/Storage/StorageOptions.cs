using System.ComponentModel.DataAnnotations;

namespace ForumBot.Storage;

/// <summary>
/// Where the tables live: a connection string (ConnectionStrings:Tables, Azurite in
/// development) or an account URI reached with the service's Azure identity.
/// </summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    /// <summary>ConnectionStrings:Tables; wins over TableServiceUri when both are set.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Storage:TableServiceUri, e.g. https://account.table.core.windows.net.</summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>Storage:TablePrefix: lets several deployments or test runs share one account.</summary>
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{0,29}$", ErrorMessage = "Storage:TablePrefix must start with a letter and hold at most 30 letters or digits.")]
    public string TablePrefix { get; set; } = "forumbot";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ConnectionString) && TableServiceUri is null)
        {
            yield return new ValidationResult(
                "No table storage configured: set ConnectionStrings:Tables (a connection string) or Storage:TableServiceUri (with a managed identity).");
        }

        if (string.IsNullOrWhiteSpace(ConnectionString) && TableServiceUri is { } uri && uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)
        {
            yield return new ValidationResult("Storage:TableServiceUri must use https.");
        }
    }
}
