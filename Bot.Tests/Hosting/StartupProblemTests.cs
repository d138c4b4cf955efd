using ForumBot.Tests.Fixtures;
using ForumBot.Tests.Network;

namespace ForumBot.Tests.Hosting;

/// <summary>
/// A wrong setting stops the real service at start-up, before it serves anything, with one
/// plain line per mistake naming the key — what an operator reads in the App Service log.
/// </summary>
public sealed class StartupProblemTests
{
    [Theory]
    [InlineData("29")]
    [InlineData("3651")]
    [InlineData("a year")]
    public async Task Start_RetentionDaysInvalid_ExitsNamingTheKey(string value)
    {
        var result = await ForumBotProcess.StartServiceAsync(new Dictionary<string, string?> { ["ForumBot:RetentionDays"] = value });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ForumBot cannot start:", result.Errors, StringComparison.Ordinal);
        Assert.Contains("ForumBot:RetentionDays", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SingleTenantWithoutTenantId_ExitsNamingTheKey()
    {
        var result = await ForumBotProcess.StartServiceAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
        });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProductionWithoutAppId_ExitsSayingUnauthenticatedModeIsForDevelopmentOnly()
    {
        var result = await ForumBotProcess.StartServiceAsync(new Dictionary<string, string?>
        {
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ForumBot cannot start:", result.Errors, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppId is empty, but unauthenticated mode is only for the Development environment", result.Errors, StringComparison.Ordinal);
        Assert.Contains("'Production'", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cli_ImportInProductionWithoutAppId_RunsBecauseItServesNoHttp()
    {
        await using var host = await TestApp.StartAsync(NetworkTestApp.Options());
        var file = host.WriteFile(TestNetworkFile.Create());

        var result = await ForumBotProcess.RunAsync(
            new Dictionary<string, string?> { ["Storage:TablePrefix"] = host.TablePrefix, ["DOTNET_ENVIRONMENT"] = "Production", ["ASPNETCORE_ENVIRONMENT"] = "Production" },
            ["import", file, "--dry-run"]);

        Assert.True(result.ExitCode == 0, result.Errors);
        Assert.DoesNotContain("MicrosoftAppId is empty", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cli_ScheduleInProductionWithoutAppId_StopsBeforeThePassClaimsAnything()
    {
        await using var host = await TestApp.StartAsync(NetworkTestApp.Options());
        var at = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

        var result = await ForumBotProcess.RunAsync(
            new Dictionary<string, string?> { ["Storage:TablePrefix"] = host.TablePrefix, ["DOTNET_ENVIRONMENT"] = "Production", ["ASPNETCORE_ENVIRONMENT"] = "Production" },
            ["schedule", "--at", at]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ForumBot cannot start:", result.Errors, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppId is empty", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Scheduler pass as of", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_NoTableStorageConfigured_ExitsSayingWhatToSet()
    {
        var result = await ForumBotProcess.StartServiceAsync(new Dictionary<string, string?> { ["ConnectionStrings:Tables"] = string.Empty });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ConnectionStrings:Tables", result.Errors, StringComparison.Ordinal);
    }
}
