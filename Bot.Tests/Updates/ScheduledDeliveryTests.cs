using ForumBot.Cli;
using Microsoft.Extensions.DependencyInjection;
using ForumBot.Tests.Fixtures;
using ForumBot.Updates.Storage;

namespace ForumBot.Tests.Updates;

/// <summary>The scheduler's own pass (the `schedule --at` command) delivers the update cards to Teams, once.</summary>
public sealed class ScheduledDeliveryTests : IAsyncLifetime
{
    private TestApp _host = null!;

    // Opening a 1:1 for someone who never wrote needs the tenant (as in a single-tenant deployment).
    public async Task InitializeAsync() => _host = await TestApp.StartAsync(UpdatesTestApp.At(DemoNetwork.FritidsjobPrompt.AddMinutes(-5),
        new Dictionary<string, string?> { ["MicrosoftAppTenantId"] = TeamsActivities.TenantId }));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SchedulePass_AtPromptTime_DeliversOneCardPerContactAndInitiative_AndTheCardWorks()
    {
        // Sara has talked to the bot: her 1:1 chat and the tenant's serviceUrl are known; the others' chats get opened.
        await _host.SayAsync(DemoNetwork.Sara, "hjælp", "da-DK");
        var before = _host.Connector.Requests.Count;
        _host.FakeTime.SetUtcNow(DemoNetwork.FritidsjobPrompt.AddMinutes(1));

        var (exit, output) = await ScheduleAsync(DemoNetwork.FritidsjobPrompt);

        Assert.True(exit == 0, output);
        var expected = DemoNetwork.ContactPairs("fritidsjob");
        var sent = _host.Connector.Requests.Skip(before)
            .Where(r => r.Method == "POST" && r.Path.EndsWith("/activities", StringComparison.Ordinal))
            .Where(r => Fixtures.CardText.Of(r.Body?["attachments"]?[0]?["content"]).StartsWith("Opdatering: ", StringComparison.Ordinal))
            .ToList();
        Assert.True(expected.Count == sent.Count, output);
        var toSara = sent.Where(r => r.Path.Contains(Uri.EscapeDataString("a:personal-" + DemoNetwork.Sara.AadObjectId), StringComparison.Ordinal)).ToList();
        Assert.Equal(2, toSara.Count);
        var opened = _host.Connector.Requests.Skip(before).Count(r => r.Method == "POST" && r.Path.TrimEnd('/') == "/v3/conversations");
        Assert.Equal(expected.Select(p => p.PersonId).Distinct().Count(p => p != DemoNetwork.Sara.Id), opened);

        var card = toSara.Select(r => r.Body!["attachments"]![0]!["content"]!.AsObject())
            .Single(c => Fixtures.CardText.Of(c).Contains("Opdatering: Fritidsjob i Tingbjerg-Husum", StringComparison.Ordinal));
        var body = await _host.ExecuteAsync(DemoNetwork.Sara, "update.submit", UpdateCards.Press(card, "update.submit", ("status", "on-track"), ("reached", "5")));
        Assert.Contains("Opdatering indsendt ✓", Fixtures.CardText.Of(UpdateCards.FromInvoke(body)), StringComparison.Ordinal);
        Assert.NotNull(await _host.Get<UpdateStore>().FindAsync("fritidsjob", DemoNetwork.FritidsjobMeetingId, "fritidsjob-kk", CancellationToken.None));

        var afterFirst = _host.Connector.Requests.Count;
        var (again, secondOutput) = await ScheduleAsync(DemoNetwork.FritidsjobPrompt);
        Assert.True(again == 0, secondOutput);
        Assert.Equal(afterFirst, _host.Connector.Requests.Count);
    }

    private async Task<(int Exit, string Output)> ScheduleAsync(DateTimeOffset at)
    {
        var schedule = _host.Services.GetServices<ICliCommand>().Single(c => c.Name == "schedule");
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await schedule.RunAsync(["--at", at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)], output, errors, CancellationToken.None);
        return (exit, output + errors.ToString());
    }
}
