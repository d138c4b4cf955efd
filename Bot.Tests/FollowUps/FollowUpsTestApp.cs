using System.Text.Json.Nodes;
using ForumBot.FollowUps.Model;
using ForumBot.FollowUps.Storage;
using ForumBot.Teams;
using ForumBot.Tests.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace ForumBot.Tests.FollowUps;

/// <summary>The follow-up tests' bot: real HTTP, the demo network, a fake clock, a capturing connector and a log capture; and what they do with it.</summary>
public static class FollowUpsTestApp
{
    /// <summary>Thursday 26 November 2026, 09:00 in Copenhagen.</summary>
    public static TestAppOptions Options() => new()
    {
        Time = new FakeTimeProvider(DemoNetwork.Thursday),
        Connector = true,
        CaptureLogs = true,
        DemoNetwork = true,
    };

    /// <summary>A 1:1 chat the bot already has with each person, at the app's connector, in their locale.</summary>
    public static async Task SeedChatsAsync(this TestApp app, params (DemoPerson Person, string Locale)[] people)
    {
        ArgumentNullException.ThrowIfNull(app);
        foreach (var (person, locale) in people)
        {
            await app.References.UpsertAsync(new ConversationReference(ConversationKinds.Personal, person.AadObjectId, TestApp.ConversationIdFor(person.AadObjectId),
                app.Connector.ServiceUrl, TestApp.Tenant, TeamsActivities.BotId, "ForumBot", "29:" + person.AadObjectId, person.AadObjectId, null, null, locale, true, null,
                app.Time.GetUtcNow()), CancellationToken.None);
        }
    }

    /// <summary>Sends what the outbox holds that is due, as the scheduler's lease holder would.</summary>
    public static Task DeliverAsync(this TestApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.DispatchAsync();
    }

    /// <summary>The cards the bot sent to the person's 1:1 chat on its own (not replies), oldest first.</summary>
    public static IReadOnlyList<JsonObject> CardsTo(this TestApp app, DemoPerson person)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(person);
        var conversation = "/v3/conversations/" + Uri.EscapeDataString(TestApp.ConversationIdFor(person.AadObjectId)) + "/activities";
        return [.. app.Connector.Requests
            .Where(r => r.Method == "POST" && r.Path == conversation && r.Body?["attachments"] is JsonArray)
            .Select(r => r.Body!["attachments"]![0]!["content"]!.AsObject())];
    }

    /// <summary>What an invoke answered: the text of the card it replaced the old one with, or its message.</summary>
    public static string Answer(JsonObject invokeBody)
    {
        ArgumentNullException.ThrowIfNull(invokeBody);
        return invokeBody["value"] is JsonObject card ? CardText.Of(card) : invokeBody["value"]?.GetValue<string>() ?? string.Empty;
    }

    /// <summary>A follow-up stored directly (as the commands would), for tests that need one at a given day.</summary>
    public static async Task<FollowUp> CreateAsync(this TestApp app, string id, DateOnly due, DateTimeOffset createdAt, string owner = "p-frontline-demo",
        string organisation = "klub-tingbjerg", string text = "Ring til Netto om sommerjob", string forum = "fritidsjob")
    {
        ArgumentNullException.ThrowIfNull(app);
        var followUp = new FollowUp(id, forum, FollowUpOrigin.Direct, null, text, owner, organisation, due, FollowUpStatus.Open, "p-chair-demo", createdAt, 0);
        return (await app.Get<FollowUpStore>().CreateAsync(followUp, CancellationToken.None)).FollowUp;
    }

    /// <summary>Records a change on a follow-up as the commands would, at <paramref name="at"/>.</summary>
    public static async Task<FollowUp> ChangeAsync(this TestApp app, string id, Func<FollowUp, FollowUp> change, FollowUpChangeKind kind, DateTimeOffset at, string? newValue = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(change);
        var store = app.Get<FollowUpStore>();
        var stored = (await store.FindAsync(id, CancellationToken.None))!;
        var result = await store.ChangeAsync(stored, change(stored.FollowUp), new FollowUpChange(0, "p-chair-demo", at, kind, newValue), CancellationToken.None);
        return result.Saved!.FollowUp;
    }
}
