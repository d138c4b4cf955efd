using System.Collections.Concurrent;
using Azure.Data.Tables;

namespace ForumBot.Storage;

/// <summary>
/// One TableClient per table, named prefix + role. The set of tables is known at start-up
/// (core tables plus what features register), so they can all be created before first use.
/// </summary>
public sealed class TableStore(TableServiceClient service, StorageOptions options, IEnumerable<TableRegistration> registrations)
{
    private readonly ConcurrentDictionary<string, TableClient> _clients = new(StringComparer.Ordinal);

    public TableServiceClient Service => service;

    public IReadOnlyList<string> Roles { get; } = [.. TableNames.Core.Concat(registrations.Select(r => r.Role)).Distinct(StringComparer.Ordinal)];

    public TableClient Table(string role) => _clients.GetOrAdd(role, r => service.GetTableClient(options.TablePrefix + r));

    /// <summary>Creates every table that does not exist yet; safe to call any number of times.</summary>
    public async Task EnsureTablesAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles)
        {
            await Table(role).CreateIfNotExistsAsync(cancellationToken);
        }
    }
}

/// <summary>A feature's claim on a table, registered with AddTable.</summary>
public sealed record TableRegistration(string Role);
