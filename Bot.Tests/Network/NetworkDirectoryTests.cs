using ForumBot.Tests.Fixtures;
using ForumBot.Network;

namespace ForumBot.Tests.Network;

/// <summary>The cached snapshot: served from memory, refreshed when another instance imported.</summary>
public sealed class NetworkDirectoryTests
{
    [Fact]
    public async Task GetSnapshot_BeforeAnyImport_IsEmpty()
    {
        await using var host = await TestApp.StartAsync(NetworkTestApp.Options());

        var network = await host.Get<INetworkReader>().GetSnapshotAsync(CancellationToken.None);

        Assert.True(network.IsEmpty);
        Assert.Empty(network.People);
    }

    [Fact]
    public async Task GetSnapshot_ImportOnAnotherInstance_SeenOnlyAfterTheRefreshInterval()
    {
        await using var reader = await TestApp.StartAsync(NetworkTestApp.Options(settings: new Dictionary<string, string?> { ["Network:SnapshotRefreshSeconds"] = "10" }));
        await using var admin = await TestApp.StartAsync(NetworkTestApp.Options(reader.TablePrefix));
        await admin.ImportAsync(TestNetworkFile.Create());
        var directory = reader.Get<INetworkReader>();
        var first = await directory.GetSnapshotAsync(CancellationToken.None);

        await admin.ImportAsync(TestNetworkFile.Create().Without("people", "p-plain"));
        var cached = await directory.GetSnapshotAsync(CancellationToken.None);
        reader.FakeTime.Advance(TimeSpan.FromSeconds(11));
        var refreshed = await directory.GetSnapshotAsync(CancellationToken.None);

        Assert.Equal(1, first.Version);
        Assert.Same(first, cached);
        Assert.Equal(2, refreshed.Version);
        Assert.Null(refreshed.FindPerson("p-plain"));
    }

    [Fact]
    public async Task GetSnapshot_NoImportMeanwhile_KeepsTheSameSnapshotAfterTheCheck()
    {
        await using var host = await TestApp.StartAsync(NetworkTestApp.Options());
        await host.ImportAsync(TestNetworkFile.Create());
        var directory = host.Get<INetworkReader>();
        var first = await directory.GetSnapshotAsync(CancellationToken.None);

        host.FakeTime.Advance(TimeSpan.FromMinutes(5));

        Assert.Same(first, await directory.GetSnapshotAsync(CancellationToken.None));
    }

    [Fact]
    public async Task GetSnapshot_ImportInThisProcess_IsSeenAtOnce()
    {
        await using var host = await TestApp.StartAsync(NetworkTestApp.Options());
        await host.ImportAsync(TestNetworkFile.Create());
        var directory = host.Get<INetworkReader>();
        await directory.GetSnapshotAsync(CancellationToken.None);

        await host.ImportAsync(TestNetworkFile.Create().Without("people", "p-plain"));

        Assert.Null((await directory.GetSnapshotAsync(CancellationToken.None)).FindPerson("p-plain"));
    }

    [Fact]
    public async Task Snapshot_Lookups_FollowTheFile()
    {
        await using var host = await TestApp.StartAsync(NetworkTestApp.Options());
        await host.ImportAsync(TestNetworkFile.Create());

        var network = await host.Get<INetworkReader>().GetSnapshotAsync(CancellationToken.None);

        Assert.Equal("Testby", network.Area);
        Assert.Equal("Europe/Copenhagen", network.TimeZone.Id);
        Assert.Equal(["fritidsjob"], network.ForumsChairedBy("p-chair").Select(f => f.Id));
        Assert.Equal(["fritidsjob", "strategic"], network.InitiativesWithContact("p-member").SelectMany(i => i.Forums));
        Assert.Equal(["leisure-jobs", "homework"], network.InitiativesInForum("fritidsjob").Select(i => i.Id));
        Assert.Equal(["leisure-jobs"], network.InitiativesOfOrganisation("fsb").Select(i => i.Id));
        Assert.Equal("p-manager", Assert.Single(network.PeopleWithRole(GlobalRole.Manager)).Id);
        var next = network.FindForum("fritidsjob")!.NextMeetingAfter(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero), network.TimeZone);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(1)), next);
    }
}
