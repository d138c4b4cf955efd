using ForumBot.Tests.Fixtures;
using ForumBot.Network;

namespace ForumBot.Tests.Network.Overview;

/// <summary>A tiny network built in code, for card and search rules the demo network cannot show (long lists, Danish topics).</summary>
public static class SyntheticNetwork
{
    public static NetworkSnapshot With(params Initiative[] initiatives) => DemoNetwork.Snapshot(new NetworkDefinition(
        "Testby",
        "Europe/Copenhagen",
        [new Organisation("org", "Organisation A", Sector.CivilSociety), new Organisation("org-b", "Organisation B", Sector.Business)],
        [new Person("p-1", "Pia Person", Guid.Parse("c0000000-0000-4000-8000-000000000001"), "org", [], "da-DK")],
        [new Forum("forum", "Forum", ForumLevel.Frontline, ["p-1"], [], "0 9 * * 2#1", 90, 7, 2, null, null)],
        initiatives));

    public static Initiative Initiative(string id, string topic, int ageFrom, int ageTo, string owner = "org") =>
        new(id, "Indsats " + id, owner, [], ["p-1"], ["forum"], [topic], new TargetGroup(ageFrom, ageTo, null), null);

    public static Initiative[] Many(int count, string topic) =>
        [.. Enumerable.Range(1, count).Select(n => Initiative($"i{n:00}", topic, 10, 15))];
}
