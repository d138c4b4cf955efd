using Azure.Data.Tables;
using ForumBot.Storage;

namespace ForumBot.Tests.Fixtures;

/// <summary>The app's tables, read directly for assertions.</summary>
public sealed partial class TestApp
{
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

    public async Task<TableEntity> RowAsync(string role, string partition, string id) => (await Table(role).GetEntityAsync<TableEntity>(partition, id)).Value;

    /// <summary>Moves the fake clock in steps, letting the service's real storage work run in between, until <paramref name="done"/>.</summary>
    public async Task<bool> AdvanceUntilAsync(Func<bool> done, TimeSpan limit, TimeSpan step)
    {
        ArgumentNullException.ThrowIfNull(done);
        var end = FakeTime.GetUtcNow() + limit;
        while (true)
        {
            // Up to a second of real time per step: the work a step triggers (a purge pass over every
            // table) may take that long on a loaded 2-core CI machine before the clock moves on.
            for (var i = 0; i < 40 && !done(); i++)
            {
                await Task.Delay(25);
            }

            if (done())
            {
                return true;
            }

            if (FakeTime.GetUtcNow() >= end)
            {
                return false;
            }

            FakeTime.Advance(step);
        }
    }
}
