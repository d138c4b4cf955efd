using System.Globalization;
using ForumBot.Bench;

// Fan-out of N messages to N distinct 1:1 conversations through a loopback connector that
// enforces Teams' limits: once without throttling, once with random 429s. Prints a Markdown table.
//   dotnet run -c Release --project bench/Outbox.Bench [-- --messages 1000 --throttle 0.1 --seed 1]
var messages = Option("--messages", 1000);
var throttle = Option("--throttle", 0.1);
var seed = Option("--seed", 1);

var root = FindRoot();
await using var azurite = await AzuriteProcess.StartAsync(root);
var results = new List<FanOutResult>();
foreach (var rate in new[] { 0.0, throttle })
{
    Console.Error.WriteLine($"Fan-out of {messages} with {rate:P0} random 429s …");
    results.Add(await FanOut.RunAsync(azurite.ConnectionString, messages, rate, seed));
}

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
Console.WriteLine();
Console.WriteLine("| random 429s | dispatch time | bound | × bound | HTTP calls | 429s (random) | over limit | max calls / 1 s (tenant) | max / conversation 1 s · 2 s · 30 s | lost | duplicates | rows sent · failed · pending | enqueue time |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
foreach (var r in results)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {r.ThrottleRate:P0} | {r.Dispatch.TotalSeconds:F2} s | {r.Bound.TotalSeconds:F0} s | {r.Dispatch / r.Bound:F3} | {r.Calls} | {r.RandomThrottles} | {r.OverLimit} | {r.MaxPerTenantSecond} | {r.MaxPerConversationSecond} · {r.MaxPerConversation2s} · {r.MaxPerConversation30s} | {r.Lost} | {r.Duplicates} | {r.SentRows} · {r.FailedRows} · {r.PendingRows} | {r.Enqueue.TotalSeconds:F2} s |"));
}

return results.All(r => r.Lost == 0 && r.OverLimit == 0 && r.FailedRows == 0 && r.PendingRows == 0) ? 0 : 1;

T Option<T>(string name, T fallback)
    where T : IParsable<T>
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? T.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

static string FindRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ForumBot.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? throw new InvalidOperationException("ForumBot.sln not found above the benchmark.");
}
