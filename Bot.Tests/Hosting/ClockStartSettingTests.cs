using ForumBot.Hosting.Clock;
using ForumBot.Tests.Fixtures;

namespace ForumBot.Tests.Hosting;

/// <summary>
/// The test-only clock setting, on the real executable: refused outside Development and Testing,
/// checked for being an instant, and read by the admin CLI as by the service.
/// </summary>
public sealed class ClockStartSettingTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Start_ClockStartOutsideDevelopmentAndTesting_ExitsSayingItIsTestOnly(string environment)
    {
        var result = await ForumBotProcess.StartServiceAsync(new Dictionary<string, string?>
        {
            [ClockRegistration.ClockStartKey] = "2027-03-28T00:30:00Z",
            ["DOTNET_ENVIRONMENT"] = environment,
            ["ASPNETCORE_ENVIRONMENT"] = environment,
        });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ForumBot cannot start:", result.Errors, StringComparison.Ordinal);
        Assert.Contains($"ForumBot:Testing:ClockStart is a test-only setting and is refused in the {environment} environment", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ClockStartNotAnInstant_ExitsNamingTheKey()
    {
        var result = await ForumBotProcess.StartServiceAsync(new Dictionary<string, string?> { [ClockRegistration.ClockStartKey] = "next tuesday" });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ForumBot:Testing:ClockStart 'next tuesday' is not an ISO-8601 instant", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminCli_InDevelopment_ReadsTheClockStart()
    {
        // Ten minutes after the clock's start is more than five ahead of its now: the refusal names the clock's now.
        var result = await ForumBotProcess.RunAsync(new Dictionary<string, string?> { [ClockRegistration.ClockStartKey] = "2027-03-28T00:30:00Z" },
            ["schedule", "--at", "2027-03-28T00:40:00Z"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("(now is 2027-03-28T00:3", result.Errors, StringComparison.Ordinal);
        Assert.Contains("--dry-run", result.Errors, StringComparison.Ordinal);
    }
}
