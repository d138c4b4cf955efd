namespace ForumBot.Protocol.Auth;

/// <summary>
/// Microsoft Teams is the only channel ForumBot serves. Other Bot Framework channels (Web Chat,
/// Direct Line) can carry a valid channel token too, but whoever holds their secret writes the
/// rest of the body (identity, tenant, the 1:1 conversation) at will, so they are refused with
/// 403 before any turn runs. Checked after authentication, in both inbound modes.
/// </summary>
public sealed partial class TeamsChannelGate(ILogger<TeamsChannelGate> logger)
{
    public const string TeamsChannelId = "msteams";

    /// <summary>How many distinct refused channel ids are remembered (and logged once each); invented ids cannot grow memory past it.</summary>
    public const int MaxRememberedChannels = 32;

    private const int MaxLoggedLength = 40;
    private readonly HashSet<string> _logged = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private bool _overflowLogged;

    /// <summary>Teams compares channel ids ordinally, ignoring case.</summary>
    public static bool IsTeams(string? channelId) => string.Equals(channelId, TeamsChannelId, StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a Teams activity; otherwise false, logged the first time this process sees the channel id.</summary>
    public bool Admits(IncomingActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (IsTeams(activity.ChannelId))
        {
            return true;
        }

        var shown = Printable(activity.ChannelId);
        bool first = false, overflow = false;
        lock (_gate)
        {
            if (_logged.Count < MaxRememberedChannels)
            {
                first = _logged.Add(shown);
            }
            else if (!_overflowLogged && !_logged.Contains(shown))
            {
                _overflowLogged = overflow = true;
            }
        }

        if (first)
        {
            LogRefused(logger, shown);
        }
        else if (overflow)
        {
            LogTooManyChannels(logger, MaxRememberedChannels);
        }

        return false;
    }

    /// <summary>The channel id is the caller's text: only a short run of id characters reaches the log.</summary>
    internal static string Printable(string? channelId)
    {
        if (string.IsNullOrWhiteSpace(channelId))
        {
            return "(none)";
        }

        var trimmed = channelId.Trim();
        var cut = trimmed.Length > MaxLoggedLength ? trimmed[..MaxLoggedLength] : trimmed;
        var safe = new string([.. cut.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? char.ToLowerInvariant(c) : '?')]);
        return cut.Length < trimmed.Length ? safe + "…" : safe;
    }

    [LoggerMessage(1125, LogLevel.Warning,
        "Refused activities from channel {ChannelId} with 403: ForumBot serves Microsoft Teams (msteams) only. Logged once per channel; " +
        "turn that channel off on the Azure Bot resource.")]
    private static partial void LogRefused(ILogger logger, string channelId);

    [LoggerMessage(1126, LogLevel.Warning, "More than {Count} different non-Teams channel ids were refused; further ones are refused without a log line.")]
    private static partial void LogTooManyChannels(ILogger logger, int count);
}
