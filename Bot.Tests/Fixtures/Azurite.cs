using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ForumBot.Tests.Fixtures;

/// <summary>
/// The real Table API every storage test talks to. The TEST command starts Azurite and
/// passes its connection string in FORUMBOT_TEST_TABLES; a bare `dotnet test` starts one
/// itself from tools/node_modules (after `npm ci` in tools/) and stops it at exit.
/// </summary>
public static class Azurite
{
    public const string EnvironmentVariable = "FORUMBOT_TEST_TABLES";
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly Lazy<string> Instance = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string ConnectionString => Instance.Value;

    public static string ConnectionStringFor(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevAccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";

    /// <summary>A table prefix of its own, so tests sharing one Azurite never see each other's rows.</summary>
    public static string UniquePrefix() => "t" + Guid.NewGuid().ToString("N")[..12];

    private static string Start()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        var launcher = Path.Combine(RepoPaths.Root, "tools", "lib", "azurite-child.mjs");
        if (!File.Exists(Path.Combine(RepoPaths.Root, "tools", "node_modules", ".bin", "azurite-table")))
        {
            throw new InvalidOperationException("Azurite not found in tools/node_modules: run the README's TEST command, or `npm ci` in tools/.");
        }

        // The launcher stops Azurite when our stdin pipe closes, i.e. whenever this process ends.
        var port = FreeTcpPort();
        var process = Process.Start(new ProcessStartInfo("node", [launcher, port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardInput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("Azurite did not start.");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => StopQuietly(process);

        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = http.GetAsync(new Uri($"http://127.0.0.1:{port}/devstoreaccount1/Tables")).GetAwaiter().GetResult();
                return ConnectionStringFor(port);
            }
            catch (HttpRequestException)
            {
                Thread.Sleep(200);
            }
        }

        StopQuietly(process);
        throw new InvalidOperationException("Azurite did not answer within 30 s.");
    }

    public static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void StopQuietly(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.StandardInput.Close();
                if (!process.WaitForExit(5000))
                {
                    process.Kill(entireProcessTree: true);
                }
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
