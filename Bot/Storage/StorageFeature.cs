using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace ForumBot.Storage;

public static class StorageFeature
{
    public static IServiceCollection AddTableStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .Configure(o => o.ConnectionString ??= configuration.GetConnectionString("Tables"))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value);
        services.AddSingleton(sp => CreateServiceClient(sp.GetRequiredService<StorageOptions>()));
        services.AddSingleton<TableStore>();
        services.AddSingleton<TableInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<TableInitializer>());
        return services;
    }

    /// <summary>Claims a table for a feature; it is created at start-up with the others.</summary>
    public static IServiceCollection AddTable(this IServiceCollection services, string role) =>
        services.AddSingleton(new TableRegistration(role));

    private static TableServiceClient CreateServiceClient(StorageOptions options)
    {
        var clientOptions = new TableClientOptions();
        clientOptions.Retry.MaxRetries = 3;
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        return string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new TableServiceClient(options.TableServiceUri, new DefaultAzureCredential(), clientOptions)
            : new TableServiceClient(options.ConnectionString, clientOptions);
    }
}
