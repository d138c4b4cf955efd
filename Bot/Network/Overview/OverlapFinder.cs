namespace ForumBot.Network.Overview;

/// <summary>Initiatives that share a topic and whose age ranges overlap, directly or through each other.</summary>
public sealed record OverlapCluster(string Topic, IReadOnlyList<Initiative> Initiatives, IReadOnlyList<string> OrganisationIds)
{
    public int AgeFrom => Initiatives.Min(i => i.TargetGroup.AgeFrom);

    public int AgeTo => Initiatives.Max(i => i.TargetGroup.AgeTo);
}

/// <summary>
/// "overlaps": per topic, the groups of two or more initiatives connected by overlapping
/// target groups (13–16 and 16–19 overlap; so do three ranges chained 7–12, 10–16, 12–17).
/// Two initiatives on one topic whose ages don't meet are not an overlap. Largest groups first,
/// by number of organisations: that is where coordination pays off most.
/// </summary>
public static class OverlapFinder
{
    public static IReadOnlyList<OverlapCluster> Find(NetworkSnapshot network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var clusters = new List<OverlapCluster>();
        var byTopic = network.Initiatives
            .SelectMany(i => i.Topics.Select(t => (Topic: t, Key: TextMatch.Normalize(t), Initiative: i)))
            .GroupBy(x => x.Key, StringComparer.Ordinal);
        foreach (var topic in byTopic)
        {
            var initiatives = topic.Select(x => x.Initiative).DistinctBy(i => i.Id).ToList();
            foreach (var group in Connected(initiatives).Where(g => g.Count >= 2))
            {
                var organisations = group.SelectMany(i => i.OrganisationIds).Distinct(StringComparer.Ordinal).ToList();
                clusters.Add(new OverlapCluster(topic.First().Topic, group, organisations));
            }
        }

        return [.. clusters.OrderByDescending(c => c.OrganisationIds.Count).ThenByDescending(c => c.Initiatives.Count)];
    }

    /// <summary>Splits initiatives into groups linked by overlapping age ranges, keeping the file's order.</summary>
    private static List<List<Initiative>> Connected(List<Initiative> initiatives)
    {
        var groups = new List<List<Initiative>>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in initiatives)
        {
            if (!placed.Add(start.Id))
            {
                continue;
            }

            var group = new List<Initiative> { start };
            for (var i = 0; i < group.Count; i++)
            {
                foreach (var other in initiatives.Where(o => !placed.Contains(o.Id) && o.TargetGroup.Overlaps(group[i].TargetGroup)))
                {
                    placed.Add(other.Id);
                    group.Add(other);
                }
            }

            groups.Add([.. group.OrderBy(initiatives.IndexOf)]);
        }

        return groups;
    }
}
