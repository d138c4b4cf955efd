using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ForumBot.Bench;

/// <summary>
/// The Table API to run against: FORUMBOT_TEST_TABLES if set, else an in-memory Azurite from
/// tools/node_modules on a free port, stopped with SIGINT at the end (it ignores SIGTERM).
/// </summary>
internal sealed class AzuriteProcess : IAsyncDisposable
{
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly Process? _process;

    private AzuriteProcess(string connectionString, Process? process)
    {
        ConnectionString = connectionString;
        _process = process;
    }

    public string ConnectionString { get; }

    public static async Task<AzuriteProcess> StartAsync(string repoRoot)
    {
        if (Environment.GetEnvironmentVariable("FORUMBOT_TEST_TABLES") is { Length: > 0 } given)
        {
            return new AzuriteProcess(given, null);
        }

        var executable = Path.Combine(repoRoot, "tools", "node_modules", ".bin", "azurite-table");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException("Azurite not found: run `npm ci` in tools/, or set FORUMBOT_TEST_TABLES.");
        }

        var port = FreePort().ToString(CultureInfo.InvariantCulture);
        var process = Process.Start(new ProcessStartInfo(executable, ["--tableHost", "127.0.0.1", "--tablePort", port, "--inMemoryPersistence", "--disableTelemetry", "--silent"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("Azurite did not start.");
        using var http = new HttpClient();
        for (var i = 0; i < 150; i++)
        {
            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/devstoreaccount1/Tables"));
                return new AzuriteProcess(
                    $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevAccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;",
                    process);
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
        }

        process.Kill();
        throw new InvalidOperationException("Azurite did not answer within 30 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is null)
        {
            return;
        }

        using (var signal = Process.Start("kill", ["-INT", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
