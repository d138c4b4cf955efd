using Azure.Data.Tables;
using ForumBot.Retention;
using ForumBot.Storage;
using ForumBot.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ForumBot.Tests.Retention;

/// <summary>
/// The whole bot (Program's composition, so AddRetention and every feature's purge) on loopback,
/// with its own tables in Azurite and a fake clock that drives both the stores and the retention service.
/// </summary>
public sealed class RetentionHost : IAsyncDisposable
{
    private RetentionHost(BotApp bot, FakeTimeProvider time)
    {
        Bot = bot;
        Time = time;
    }

    public BotApp Bot { get; }

    public FakeTimeProvider Time { get; }

    public RetentionService Service => Get<RetentionService>();

    /// <param name="background">Keep the hosted service's daily loop running; otherwise it is stopped, so a test's clock moves
    /// cannot start a pass behind its back and the test runs passes itself (RunPassAsync).</param>
    public static async Task<RetentionHost> StartAsync(DateTimeOffset now, Action<IServiceCollection>? configure = null, IDictionary<string, string?>? settings = null,
        bool background = false)
    {
        var time = new FakeTimeProvider(now);
        var bot = new BotApp(settings, services =>
        {
            services.AddSingleton<TimeProvider>(time);
            configure?.Invoke(services);
        });
        bot.StartClient();
        await bot.Services.GetRequiredService<TableInitializer>().WhenReady(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        if (!background)
        {
            await bot.Services.GetRequiredService<RetentionService>().StopAsync(CancellationToken.None);
        }

        return new RetentionHost(bot, time);
    }

    public T Get<T>() where T : notnull => Bot.Services.GetRequiredService<T>();

    public TableClient Table(string role) => Get<TableStore>().Table(role);

    /// <summary>Every row of a table (tests only: a scan).</summary>
    public async Task<List<TableEntity>> RowsAsync(string role)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in Table(role).QueryAsync<TableEntity>(cancellationToken: CancellationToken.None))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Moves the fake clock in steps, letting the service's real storage work run in between, until <paramref name="done"/>.</summary>
    public async Task<bool> AdvanceUntilAsync(Func<bool> done, TimeSpan limit, TimeSpan step)
    {
        var end = Time.GetUtcNow() + limit;
        while (true)
        {
            for (var i = 0; i < 20 && !done(); i++)
            {
                await Task.Delay(25);
            }

            if (done())
            {
                return true;
            }

            if (Time.GetUtcNow() >= end)
            {
                return false;
            }

            Time.Advance(step);
        }
    }

    public async ValueTask DisposeAsync() => await Bot.DisposeAsync();
}
