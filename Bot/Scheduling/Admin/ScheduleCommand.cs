using System.Globalization;
using ForumBot.Cli;
using ForumBot.Network;
using ForumBot.Protocol;
using ForumBot.Scheduling.Outbox;
using Microsoft.Extensions.Options;

namespace ForumBot.Scheduling.Admin;

/// <summary>
/// `schedule --at &lt;instant&gt; [--dry-run]`: one scheduler pass as of that instant. The dry run
/// lists what is due (and whether the outbox already has it) and writes nothing; otherwise it
/// takes the scheduler lease (refusing while a running instance holds it), enqueues, dispatches
/// until nothing due is left (at most <see cref="DrainLimit"/>) and prints a summary.
/// A pass that sends is refused for an instant more than <see cref="FutureLimit"/> ahead: its
/// cards could not be used until then. Past instants are allowed (catching up).
/// Exit codes: 0 done, 2 bad arguments (or a sending pass in the future), 4 the lease is held elsewhere.
/// </summary>
internal sealed class ScheduleCommand(SchedulerPass pass, OutboxDispatcher dispatcher, OutboxStore outbox, SchedulerLease lease,
    INetworkReader network, IOptions<SchedulingOptions> options, IOptions<BotFrameworkOptions> botFramework, TimeProvider time) : ICliCommand
{
    public const int BadArguments = 2;
    public const int LeaseHeld = 4;
    public static readonly TimeSpan DrainLimit = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan FutureLimit = TimeSpan.FromMinutes(5);

    public string Name => "schedule";

    public string Usage => ScheduleArguments.Usage;

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        var (parsed, error) = ScheduleArguments.Parse(arguments ?? []);
        if (parsed is null)
        {
            await errors.WriteLineAsync(error);
            await errors.WriteLineAsync("Usage: dotnet run --project Bot -- " + Usage);
            return BadArguments;
        }

        var now = time.GetUtcNow();
        if (!parsed.DryRun && parsed.At > now + FutureLimit)
        {
            await errors.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"--at {parsed.At:yyyy-MM-dd'T'HH:mm:ss'Z'} is in the future (now is {now.ToUniversalTime():yyyy-MM-dd'T'HH:mm:ss'Z'}): the cards it sent could not be used until then. Use --dry-run to preview that pass."));
            return BadArguments;
        }

        if (!parsed.DryRun)
        {
            // A pass that sends needs the Bot Framework settings: checked before the lease is taken and
            // rows are claimed, so a wrong setting stops the command with its start-up line, not mid-pass.
            _ = botFramework.Value;
        }

        var snapshot = await network.GetSnapshotAsync(cancellationToken);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Scheduler pass as of {parsed.At:yyyy-MM-dd'T'HH:mm:ss'Z'}, catch-up window from {pass.WindowStart(parsed.At):yyyy-MM-dd'T'HH:mm:ss'Z'}; local times in {snapshot.TimeZone.Id}."));
        return parsed.DryRun
            ? await DryRunAsync(parsed.At, snapshot, output, cancellationToken)
            : await RunPassAsync(parsed.At, output, errors, cancellationToken);
    }

    private async Task<int> DryRunAsync(DateTimeOffset at, NetworkSnapshot snapshot, TextWriter output, CancellationToken cancellationToken)
    {
        var due = await pass.FindDueAsync(at, cancellationToken);
        var rows = new List<(DueWork, OutboxState?)>();
        foreach (var work in due)
        {
            rows.Add((work, (await outbox.FindAsync(work.Key, cancellationToken))?.State));
        }

        await ScheduleListing.WriteAsync(output, rows, snapshot);
        var fresh = rows.Count(r => r.Item2 is null);
        await output.WriteLineAsync($"Dry run: {fresh} message(s) would be sent, {rows.Count - fresh} already in the outbox; nothing was written.");
        return 0;
    }

    private async Task<int> RunPassAsync(DateTimeOffset at, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var holder = $"cli-{Environment.MachineName}-{Environment.ProcessId}";
        var state = await lease.AcquireAsync(holder, settings.Lease, null, cancellationToken);
        if (!state.Held)
        {
            await errors.WriteLineAsync($"The scheduler lease is held by {state.Holder} until {state.ExpiresAt:O}: a running instance schedules and sends. "
                + "Stop it or wait for it to do this pass, or use --dry-run to preview.");
            return LeaseHeld;
        }

        int sent = 0, failed = 0, pending = 0;
        try
        {
            var report = await pass.RunAsync(at, null, cancellationToken);
            await output.WriteLineAsync($"Enqueued {report.Enqueued} message(s); {report.AlreadyEnqueued} were already in the outbox.");
            var stopAt = time.GetUtcNow() + DrainLimit;
            while (state.Held)
            {
                var dueBy = at > time.GetUtcNow() ? at : time.GetUtcNow();
                var round = await dispatcher.DispatchAsync(holder, dueBy, state.ExpiresAt - settings.AttemptTimeout - TimeSpan.FromSeconds(1), state.ExpiresAt, cancellationToken);
                sent += round.Sent;
                failed += round.Failed;
                var (count, earliest) = await outbox.PendingAsync(cancellationToken);
                pending = count;
                var dueAgainAt = earliest is { } e && e > dueBy ? e : dueBy;
                if (count == 0 || earliest > (at > stopAt ? at : stopAt) || time.GetUtcNow() >= stopAt)
                {
                    break;
                }

                // Rows deferred by throttling or backoff come due again shortly: wait for them, within the limit.
                if (dueAgainAt > time.GetUtcNow())
                {
                    await Task.Delay(dueAgainAt - time.GetUtcNow(), time, cancellationToken);
                }

                state = await lease.AcquireAsync(holder, settings.Lease, null, cancellationToken);
            }
        }
        finally
        {
            await lease.ReleaseAsync(holder, null, CancellationToken.None);
        }

        await output.WriteLineAsync($"Sent {sent}, failed {failed}, still pending {pending}.");
        return 0;
    }
}
