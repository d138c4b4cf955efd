namespace ForumBot.Storage;

/// <summary>
/// Creates the tables at start-up and keeps trying while storage is unreachable, so the
/// service stays up and /readyz can say why it is not ready instead of the process dying.
/// </summary>
public sealed partial class TableInitializer(TableStore store, ILogger<TableInitializer> logger, TimeProvider time) : BackgroundService
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    public string? LastError { get; private set; } = "tables not created yet";

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
                LogTablesReady(logger, store.Roles.Count);
                return;
            }
            catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException or AggregateException or Azure.Identity.AuthenticationFailedException)
            {
                LastError = "table storage unreachable: " + ex.GetType().Name;
                LogTablesFailed(logger, ex, delay.TotalSeconds);
                await Task.Delay(delay, time, stoppingToken);
                delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 30));
            }
        }
    }

    [LoggerMessage(1100, LogLevel.Information, "Table storage ready: {TableCount} tables")]
    private static partial void LogTablesReady(ILogger logger, int tableCount);

    [LoggerMessage(1101, LogLevel.Warning, "Table storage not reachable; retrying in {Seconds} s")]
    private static partial void LogTablesFailed(ILogger logger, Exception exception, double seconds);
}
