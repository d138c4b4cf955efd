using System.Globalization;
using System.Text.RegularExpressions;

namespace ForumBot.Scheduling.Admin;

/// <summary>The parsed arguments of `schedule`, or why they are wrong.</summary>
internal sealed partial record ScheduleArguments(DateTimeOffset At, bool DryRun)
{
    public const string Usage = "schedule --at <ISO-8601 instant, e.g. 2026-12-01T08:00:00Z> [--dry-run]";

    public static (ScheduleArguments? Arguments, string? Error) Parse(IReadOnlyList<string> arguments)
    {
        string? at = null;
        var dryRun = false;
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if (argument == "--dry-run")
            {
                dryRun = true;
            }
            else if (argument == "--at" && i + 1 < arguments.Count)
            {
                at = arguments[++i];
            }
            else if (argument.StartsWith("--at=", StringComparison.Ordinal))
            {
                at = argument["--at=".Length..];
            }
            else
            {
                return (null, argument == "--at" ? "--at needs a value." : $"Unknown argument '{argument}'.");
            }
        }

        if (at is null)
        {
            return (null, "--at is required.");
        }

        // An instant, not a wall-clock time: without an offset the same text means different moments on different machines.
        if (!WithOffset().IsMatch(at)
            || !DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return (null, $"--at '{at}' is not an ISO-8601 instant with a UTC offset (e.g. 2026-12-01T08:00:00Z or 2026-12-01T09:00:00+01:00).");
        }

        return (new ScheduleArguments(instant.ToUniversalTime(), dryRun), null);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex WithOffset();
}
