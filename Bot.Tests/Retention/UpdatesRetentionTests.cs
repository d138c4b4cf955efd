using ForumBot.Retention;
using ForumBot.Tests.Fixtures;
using Azure.Data.Tables;
using ForumBot.Storage;
using ForumBot.Teams;
using ForumBot.Updates.Storage;

namespace ForumBot.Tests.Retention;

/// <summary>Updates, their history and requests go with their meeting; inactive conversation references go when old.</summary>
public sealed class UpdatesRetentionTests
{
    // 400 days after this the cutoff (365 days) is 2025-02-05T08:30Z = 09:30 in Copenhagen, the default network zone.
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 8, 30, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task RunPass_MeetingsBeforeCutoff_AreDeletedFromUpdatesHistoryAndRequests_LaterMeetingsKept()
    {
        await using var host = await TestApp.StartAsync(RetentionTestApp.At(Start));
        await host.Table(UpdatesPurge.RequestsTable).CreateIfNotExistsAsync(None);

        // Meeting ids are local times: 09:00 Copenhagen is before the cutoff (08:00Z), 10:00 is after (09:00Z).
        string[] purged = ["2025-01-10T09:00", "2025-02-05T09:00"];
        string[] kept = ["2025-02-05T10:00", "2026-03-01T09:00"];
        foreach (var meeting in purged.Concat(kept))
        {
            await SeedAsync(host, "forum-a", meeting, "init-1", "p-anna");
            await SeedAsync(host, "forum-b", meeting, "init-2", "p-bo");
        }

        host.FakeTime.Advance(TimeSpan.FromDays(400));

        var result = await host.Get<RetentionService>().RunPassAsync(None);

        Assert.Empty(result.Failed);
        Assert.Equal(purged.Length * 2 * 3, result.Deleted["updates"]);
        var updates = host.Get<UpdateStore>();
        foreach (var (meeting, expected) in purged.Select(m => (m, false)).Concat(kept.Select(m => (m, true))))
        {
            Assert.Equal(expected, await updates.FindAsync("forum-a", meeting, "init-1", None) is not null);
            Assert.Equal(expected, (await host.Table(UpdatesPurge.RequestsTable).GetEntityIfExistsAsync<TableEntity>("p-bo", $"{meeting}|forum-b|init-2", cancellationToken: None)).HasValue);
        }

        Assert.Equal(kept, (await updates.HistoryAsync("init-1", None)).Select(r => r.MeetingId));
        Assert.Equal(kept.Length * 2, (await host.RowsAsync(UpdateTables.History)).Count);
        Assert.Equal(kept.Length * 2, (await host.RowsAsync(UpdatesPurge.RequestsTable)).Count);
    }

    [Fact]
    public async Task RunPass_InactiveReferencesOlderThanCutoff_AreDeleted_ActiveAndRecentlyDeactivatedKept()
    {
        await using var host = await TestApp.StartAsync(RetentionTestApp.At(Start));
        var references = host.Get<ConversationReferenceStore>();
        await UpsertAsync(host, ConversationKinds.Personal, "aad-active-old");
        await UpsertAsync(host, ConversationKinds.Personal, "aad-gone-old");
        await UpsertAsync(host, ConversationKinds.Channel, "19:old@thread.tacv2");
        await UpsertAsync(host, ConversationKinds.Personal, "aad-gone-recently");
        await references.MarkInactiveAsync(ConversationKinds.Personal, "aad-gone-old", "blocked", None);
        await references.MarkInactiveAsync(ConversationKinds.Channel, "19:old@thread.tacv2", "uninstalled", None);
        host.FakeTime.Advance(TimeSpan.FromDays(400));
        await references.MarkInactiveAsync(ConversationKinds.Personal, "aad-gone-recently", "gone", None);

        var result = await host.Get<RetentionService>().RunPassAsync(None);

        Assert.Equal(2, result.Deleted["conversation-references"]);
        Assert.NotNull(await references.GetAsync(ConversationKinds.Personal, "aad-active-old", None));
        Assert.NotNull(await references.GetAsync(ConversationKinds.Personal, "aad-gone-recently", None));
        Assert.Null(await references.GetAsync(ConversationKinds.Personal, "aad-gone-old", None));
        Assert.Null(await references.GetAsync(ConversationKinds.Channel, "19:old@thread.tacv2", None));
        Assert.Equal(2, (await host.RowsAsync(TableNames.ConversationRefs)).Count);
    }

    private static async Task SeedAsync(TestApp host, string forum, string meeting, string initiative, string person)
    {
        var now = host.FakeTime.GetUtcNow();
        // A request row as the UpdateRequests table holds them: PK person, RK "meeting|forum|initiative".
        await host.Table(UpdatesPurge.RequestsTable).AddEntityAsync(new TableEntity(person, $"{meeting}|{forum}|{initiative}")
        {
            ["PersonId"] = person, ["ForumId"] = forum, ["MeetingId"] = meeting, ["InitiativeId"] = initiative, ["DeadlineAt"] = now,
        }, None);
        var saved = await host.Get<UpdateStore>().SaveAsync(null, new UpdateRow
        {
            ForumId = forum, MeetingId = meeting, InitiativeId = initiative, WentWell = "ok", SubmittedBy = person, SubmittedAt = now, Source = "text", DeadlineAt = now,
        }, None);
        Assert.True(saved.Succeeded);
    }

    private static Task UpsertAsync(TestApp host, string kind, string key) =>
        host.Get<ConversationReferenceStore>().UpsertAsync(new ConversationReference(kind, key, "a:" + key, new Uri("https://smba.example.com/"), "tenant", "28:bot", "ForumBot",
            null, null, null, null, null, true, null, host.FakeTime.GetUtcNow()), None);
}
