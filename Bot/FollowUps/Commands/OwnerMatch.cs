using ForumBot.Network;

namespace ForumBot.FollowUps.Commands;

/// <summary>The people an "@owner" may mean: the person id, else the whole name, else names that start with what was typed ("@Sara").</summary>
public static class OwnerMatch
{
    public static IReadOnlyList<Person> Find(IReadOnlyList<Person> candidates, string typed)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var byId = candidates.Where(p => string.Equals(p.Id, typed.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        if (byId.Count > 0)
        {
            return byId;
        }

        var key = NameMatch.Key(typed);
        if (key.Length == 0)
        {
            return [];
        }

        var whole = candidates.Where(p => NameMatch.Key(p.Name) == key).ToList();
        return whole.Count > 0 ? whole : [.. candidates.Where(p => NameMatch.Key(p.Name).StartsWith(key + " ", StringComparison.Ordinal))];
    }
}
