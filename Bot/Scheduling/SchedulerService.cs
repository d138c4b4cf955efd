using ForumBot.Scheduling.Outbox;
using ForumBot.Storage;
using Microsoft.Extensions.Options;

namespace ForumBot.Scheduling;

/// <summary>
/// The scheduler on every instance: each step takes or renews the lease; only the holder runs a
/// pass (every Scheduling:TickSeconds), then the periodic jobs (<see cref="IPeriodicJob"/>), and dispatches the outbox. Dispatch runs on the holder
/// only because Teams' limits are per bot, not per instance: one limiter must see every call.
/// Nothing runs before the tables exist; a storage outage is logged once a minute with its
/// reason (<see cref="OutageLog"/>). Waits use the TimeProvider, so tests drive it with FakeTimeProvider.
/// </summary>
internal sealed class SchedulerService(SchedulerLease lease, SchedulerPass pass, PeriodicJobs jobs, OutboxDispatcher dispatcher, TableInitializer tables,
    IOptions<SchedulingOptions> options, TimeProvider time, ILogger<SchedulerService> logger) : BackgroundService
{
    private static readonly TimeSpan ClaimSafety = TimeSpan.FromSeconds(1);
    private readonly OutageLog _outage = new("Scheduler", time, logger);
    private bool _held;
    private DateTimeOffset? _nextPassAt;
    private DateTimeOffset? _lastPassAt;

    /// <summary>This instance's lease holder id: machine, process and a random part (two hosts in one process differ).</summary>
    public string HolderId { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";

    public bool HoldsLease => _held;

    /// <summary>
    /// One step: lease, then (as holder) a pass if one is due and a dispatch round. Returns how
    /// long to wait before the next step: none when the round stopped at its deadline with work left.
    /// </summary>
    public async Task<TimeSpan> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var state = await lease.AcquireAsync(HolderId, settings.Lease, _lastPassAt, cancellationToken);
        if (state.Held != _held)
        {
            if (state.Held)
            {
                SchedulingLog.LeaseAcquired(logger, HolderId, state.ExpiresAt);
            }
            else
            {
                SchedulingLog.LeaseLost(logger, HolderId, state.Holder);
            }

            _held = state.Held;
            _nextPassAt = null;
        }

        if (!state.Held)
        {
            return settings.DispatchPoll;
        }

        var now = time.GetUtcNow();
        if (_nextPassAt is not { } nextPass || now >= nextPass)
        {
            await pass.RunAsync(now, state.LastPassAt, cancellationToken);
            _lastPassAt = now;
            _nextPassAt = now + settings.Tick;

            // Before the dispatch, so what a job enqueues as due now goes out in this step.
            await jobs.RunAsync(now, cancellationToken);
        }

        // Stop claiming an attempt's length before the lease ends, so a successor never meets a row still in flight here.
        var deadline = state.ExpiresAt - settings.AttemptTimeout - ClaimSafety;
        await dispatcher.DispatchAsync(HolderId, null, deadline, state.ExpiresAt, cancellationToken);
        now = time.GetUtcNow();
        if (now >= deadline)
        {
            return TimeSpan.Zero;
        }

        var untilPass = _nextPassAt.Value - now;
        return untilPass < settings.DispatchPoll ? (untilPass > TimeSpan.Zero ? untilPass : TimeSpan.Zero) : settings.DispatchPoll;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            SchedulingLog.Disabled(logger);
            return;
        }

        try
        {
            // Until then every step would fail with TableNotFound; the initializer logs why it waits.
            await tables.WhenReady(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                wait = await RunOnceAsync(stoppingToken);
                _outage.Succeeded();
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // Storage or network trouble: the service must outlive it; the lease expires if it lasts.
                wait = options.Value.DispatchPoll;
                _outage.Failed(ex, stoppingToken);
            }

            try
            {
                await Task.Delay(wait, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_held)
        {
            _held = false;
            try
            {
                await lease.ReleaseAsync(HolderId, _lastPassAt, cancellationToken);
                SchedulingLog.LeaseReleased(logger, HolderId);
            }
            catch (Azure.RequestFailedException)
            {
                // It expires on its own.
            }
        }
    }
}
