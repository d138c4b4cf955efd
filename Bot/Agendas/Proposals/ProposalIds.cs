using System.Security.Cryptography;

namespace ForumBot.Agendas.Proposals;

/// <summary>
/// Proposal ids: unique within a meeting's partition (31^8 values), table-key safe, and short,
/// since they sit in every card button's data ("proposal:&lt;id&gt;").
/// </summary>
public static class ProposalIds
{
    public const int Length = 8;
    private const string Letters = "abcdefghjkmnpqrstuvwxyz23456789";

    public static string New() => RandomNumberGenerator.GetString(Letters, Length);
}
