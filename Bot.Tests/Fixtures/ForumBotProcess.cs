using System.Diagnostics;

namespace ForumBot.Tests.Fixtures;

/// <summary>
/// Runs the real service executable (ForumBot.dll, copied next to the tests) as an operator
/// would: settings as environment variables, storage in the shared Azurite under its own prefix.
/// </summary>
public static class ForumBotProcess
{
    public sealed record Result(int ExitCode, string Output, string Errors);

    public static async Task<Result> RunAsync(IDictionary<string, string?> settings, IEnumerable<string> arguments, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ForumBot.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ConnectionStrings__Tables"] = Azurite.ConnectionString;
        start.Environment["Storage__TablePrefix"] = Azurite.UniquePrefix();
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["MicrosoftAppId"] = string.Empty;

        // FORUMBOT_TEST_NOW: the executable's clock reads the run's "now". The setting is test-only and
        // refused outside Development and Testing, so a test that starts the process in Production
        // gets the real clock (what it tests is the refusal of its own settings, not the date).
        var environment = Setting(settings, "DOTNET_ENVIRONMENT") ?? Setting(settings, "ASPNETCORE_ENVIRONMENT") ?? "Development";
        var clock = environment is "Development" or "Testing" ? TestClock.ServiceSettings() : [];
        foreach (var (key, value) in clock.Concat(settings))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("ForumBot did not exit: " + await errors);
        }

        return new Result(process.ExitCode, await output, await errors);
    }

    /// <summary>Starts the web service with these settings; for settings that must stop it, it exits at once.</summary>
    public static Task<Result> StartServiceAsync(IDictionary<string, string?> settings) =>
        RunAsync(settings, ["--urls", "http://127.0.0.1:0"], TimeSpan.FromSeconds(30));

    private static string? Setting(IDictionary<string, string?> settings, string key) =>
        settings.TryGetValue(key, out var value) ? value : null;
}
