using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ForumBot.Hosting;

/// <summary>
/// A setting or composition mistake found while the service starts. Such a mistake stops the
/// service with one plain line naming what to fix, instead of a stack trace in the log stream.
/// </summary>
public sealed class ConfigurationProblemException(string message) : Exception(message);

public static partial class StartupProblems
{
    public static bool IsConfigurationProblem(Exception exception) =>
        exception is OptionsValidationException or ConfigurationProblemException
        || IsUnconvertibleSetting(exception);

    /// <summary>The configuration binder's way of saying a setting is not a number, a bool, …</summary>
    private static bool IsUnconvertibleSetting(Exception exception) =>
        exception is InvalidOperationException && exception.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal);

    /// <summary>Writes "ForumBot cannot start: …" with every message, and returns the exit code.</summary>
    public static int Report(Exception exception)
    {
        var messages = exception is OptionsValidationException validation ? validation.Failures.Select(Plain) : [exception.Message];
        Console.Error.WriteLine("ForumBot cannot start:");
        foreach (var message in messages)
        {
            Console.Error.WriteLine("  - " + message);
        }

        return 1;
    }

    /// <summary>
    /// Every options class is validated with DataAnnotations, which wraps each message in
    /// "DataAnnotation validation failed for 'T' members: 'M' with the error: '…'."; the messages
    /// name their setting themselves, so the line shows the message alone.
    /// </summary>
    private static string Plain(string failure) =>
        DataAnnotationsWrapper().Match(failure) is { Success: true } match ? match.Groups["message"].Value : failure;

    [GeneratedRegex("^DataAnnotation validation failed for '[^']*' members: '[^']*' with the error: '(?<message>.*)'\\.$", RegexOptions.Singleline)]
    private static partial Regex DataAnnotationsWrapper();
}
