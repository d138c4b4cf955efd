using System.Security.Cryptography;

namespace ForumBot.FollowUps.Model;

/// <summary>
/// Follow-up ids: short enough to type in a command ("followup done k3m9px"), random enough
/// (31^6) not to collide in one network, and without letters that look alike (i, l, o, 0, 1).
/// </summary>
public static class FollowUpIds
{
    public const int Length = 6;
    private const string Letters = "abcdefghjkmnpqrstuvwxyz23456789";

    public static string New() => RandomNumberGenerator.GetString(Letters, Length);

    /// <summary>What a user typed as an id ("K3M9PX.", "#k3m9px"), as an id; null when it cannot be one.</summary>
    public static string? FromTyped(string? typed)
    {
        var id = (typed ?? string.Empty).Trim().Trim('#', '.', ',', ';', ':', '!', '?', '"', '\'', '(', ')').ToLowerInvariant();
        return id.Length == Length && id.All(Letters.Contains) ? id : null;
    }
}
