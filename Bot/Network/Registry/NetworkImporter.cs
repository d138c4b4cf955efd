using Azure.Data.Tables;
using ForumBot.Storage;

namespace ForumBot.Network.Registry;

/// <summary>
/// Loads a validated network into the table. The version row is claimed first (with its ETag),
/// so two imports racing each other cannot interleave: the later one stops before writing.
/// Entity writes go per partition in transactions of at most 100; the version row is written
/// again at the end, which is what tells every instance's cache to reload.
/// </summary>
public sealed partial class NetworkImporter(NetworkTable table, NetworkDirectory directory, TimeProvider time, ILogger<NetworkImporter> logger)
{
    public Task<ImportPlan> PlanAsync(NetworkDefinition definition, CancellationToken cancellationToken) =>
        ImportPlanner.PlanAsync(table, definition, time.GetUtcNow(), cancellationToken);

    public async Task<ImportOutcome> ApplyAsync(ImportPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var storedVersion = plan.StoredMeta?.Version ?? 0;
        if (!plan.HasChanges)
        {
            return new ImportOutcome(ImportStatus.Imported, storedVersion);
        }

        var version = storedVersion + 1;
        var claim = MetaRow(plan.Definition, version, MetaStates.Importing);
        var claimed = plan.StoredMeta is { } stored
            ? await table.Client.UpdateAsync(claim, stored.ETag, TableUpdateMode.Replace, cancellationToken)
            : await table.Client.AddAsync(claim, cancellationToken);
        if (!claimed.Succeeded)
        {
            LogChangedMeanwhile(logger, "version row");
            return new ImportOutcome(ImportStatus.ChangedMeanwhile, storedVersion);
        }

        try
        {
            return await WriteClaimedAsync(plan, version, claimed.ETag, storedVersion, cancellationToken);
        }
        finally
        {
            // Whatever was written, this process's cache must not keep serving the old network.
            directory.Invalidate();
        }
    }

    private async Task<ImportOutcome> WriteClaimedAsync(ImportPlan plan, long version, Azure.ETag claimETag, long storedVersion, CancellationToken cancellationToken)
    {
        foreach (var transaction in TableWrites.ToTransactions(plan.Writes))
        {
            var written = await table.Client.SubmitAsync(transaction, cancellationToken);
            if (!written.Succeeded)
            {
                // Left "importing": the next import sees it and finishes the job.
                LogChangedMeanwhile(logger, transaction[0].Entity.PartitionKey);
                return new ImportOutcome(ImportStatus.ChangedMeanwhile, storedVersion);
            }
        }

        var complete = MetaRow(plan.Definition, version, MetaStates.Complete) with { ImportedAt = time.GetUtcNow() };
        var finished = await table.Client.UpdateAsync(complete, claimETag, TableUpdateMode.Replace, cancellationToken);
        if (!finished.Succeeded)
        {
            LogChangedMeanwhile(logger, "version row");
            return new ImportOutcome(ImportStatus.ChangedMeanwhile, storedVersion);
        }

        LogImported(logger, version, plan.ChangeCount);
        return new ImportOutcome(ImportStatus.Imported, version);
    }

    private static NetworkRow MetaRow(NetworkDefinition definition, long version, string state) => new()
    {
        PartitionKey = NetworkPartitions.Meta,
        RowKey = NetworkPartitions.MetaRow,
        Area = definition.Area,
        TimeZone = definition.TimeZoneId,
        Version = version,
        State = state,
        ExtraFieldsJson = definition.ExtraFieldsJson,
    };

    [LoggerMessage(1300, LogLevel.Information, "Network imported: version {Version}, {ChangeCount} changes")]
    private static partial void LogImported(ILogger logger, long version, int changeCount);

    [LoggerMessage(1301, LogLevel.Warning, "Network import stopped: {Where} changed meanwhile")]
    private static partial void LogChangedMeanwhile(ILogger logger, string where);
}
