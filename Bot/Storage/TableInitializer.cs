namespace ForumBot.Storage;

/// <summary>
/// Creates the tables at start-up and keeps trying while storage is unreachable, so the
/// service stays up and /readyz can say why it is not ready instead of the process dying.
/// While storage is away it logs one Warning a minute with the reason (<see cref="OutageLog"/>).
/// </summary>
public sealed partial class TableInitializer(TableStore store, ILogger<TableInitializer> logger, TimeProvider time) : BackgroundService
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly OutageLog _outage = new("Table set-up", time, logger);

    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    public string? LastError { get; private set; } = "tables not created yet";

    /// <summary>Completes when every table exists; background loops await it before their first pass.</summary>
    public Task WhenReady(CancellationToken cancellationToken) => _ready.Task.WaitAsync(cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await store.EnsureTablesAsync(stoppingToken);
                LastError = null;
                _ready.TrySetResult();
                _outage.Succeeded();
                LogTablesReady(logger, store.Roles.Count);
                return;
            }
            catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException or AggregateException or Azure.Identity.AuthenticationFailedException
                || (ex is OperationCanceledException && !stoppingToken.IsCancellationRequested))
            {
                var reason = _outage.Failed(ex, stoppingToken);
                LastError = "table storage unreachable: " + (reason ?? ex.GetType().Name);
                await Task.Delay(delay, time, stoppingToken);
                delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 30));
            }
        }
    }

    [LoggerMessage(1100, LogLevel.Information, "Table storage ready: {TableCount} tables")]
    private static partial void LogTablesReady(ILogger logger, int tableCount);
}
