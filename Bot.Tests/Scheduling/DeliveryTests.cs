using System.Diagnostics.Metrics;
using ForumBot.Scheduling;
using ForumBot.Teams;
using ForumBot.Tests.Fixtures;
using ForumBot.Tests.Scheduling.Support;
using Microsoft.AspNetCore.Http;

namespace ForumBot.Tests.Scheduling;

/// <summary>One message through the dispatcher to a loopback connector: targets, 1:1 opening, and each kind of failure.</summary>
public sealed class DeliveryTests : IAsyncLifetime
{
    private readonly string _person = ListSource.Person(1);
    private CapturingConnector _connector = null!;
    private TestApp _host = null!;
    private OutboxMeter _meter = null!;

    public async Task InitializeAsync()
    {
        _connector = await CapturingConnector.StartAsync();
        _host = await TestApp.StartAsync(SchedulingTestApp.Options(settings: new Dictionary<string, string?> { ["Scheduling:MaxAttempts"] = "3" }));
        _meter = new OutboxMeter(_host.Get<IMeterFactory>());
    }

    public async Task DisposeAsync()
    {
        _meter.Dispose();
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Dispatch_PersonWithA1to1_SendsItThereAndRecordsTheActivityId()
    {
        await _host.SeedPersonalAsync(_person, _connector.ServiceUrl);
        _connector.Responder = _ => Results.Json(new { id = "activity-42" }, statusCode: 201);
        await EnqueueAsync("k1");

        var report = await _host.DispatchAsync();

        var request = Assert.Single(_connector.Requests);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(TestApp.ConversationIdFor(_person))}/activities", request.Path);
        Assert.Equal("k1", request.Body!["text"]!.GetValue<string>());
        Assert.Equal(TestApp.ConversationIdFor(_person), request.Body["conversation"]!["id"]!.GetValue<string>());
        var entry = await _host.Outbox.FindAsync("k1", CancellationToken.None);
        Assert.Equal((OutboxState.Sent, "activity-42", 1), (entry!.State, entry.ActivityId, entry.Attempts));
        Assert.Equal(TestApp.ConversationIdFor(_person), entry.ConversationId);
        Assert.Equal(_connector.ServiceUrl.ToString(), entry.ServiceUrl);
        Assert.Equal(1, report.Sent);
        Assert.Equal(1, _meter[SchedulingMetrics.SentName]);
        Assert.Equal(1, _meter[SchedulingMetrics.Enqueued]);
    }

    [Fact]
    public async Task Dispatch_PersonWithout1to1_OpensOneThroughTheTenantEntryAndRemembersIt()
    {
        await using var host = await TestApp.StartAsync(SchedulingTestApp.Options(_host.TablePrefix, settings: new Dictionary<string, string?> { ["MicrosoftAppTenantId"] = TestApp.Tenant }));
        await host.SeedTenantAsync(_connector.ServiceUrl);
        _connector.Responder = request => request.Path == "/v3/conversations"
            ? Results.Json(new { id = "a:new-chat" }, statusCode: 201)
            : Results.Json(new { id = "activity-1" }, statusCode: 201);
        await EnqueueAsync("k1");

        await host.DispatchAsync();

        var (create, send) = (_connector.Requests[0], _connector.Requests[1]);
        Assert.Equal(("POST", "/v3/conversations"), (create.Method, create.Path));
        Assert.Equal(_person, create.Body!["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(TestApp.Tenant, create.Body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.Equal(TeamsActivities.BotId, create.Body["bot"]!["id"]!.GetValue<string>());
        Assert.Equal("/v3/conversations/a%3Anew-chat/activities", send.Path);
        var stored = await _host.References.GetAsync(ConversationKinds.Personal, _person, CancellationToken.None);
        Assert.Equal(("a:new-chat", true), (stored!.ConversationId, stored.Active));
        Assert.Equal(OutboxState.Sent, (await _host.Outbox.FindAsync("k1", CancellationToken.None))!.State);
    }

    [Fact]
    public async Task Dispatch_WithoutMicrosoftAppTenantId_OpensThe1to1InTheOnlyAllowedTenant()
    {
        // Two tenants have written to the bot, so the tenant entries alone would not decide; the one allowed tenant does.
        await using var host = await TestApp.StartAsync(SchedulingTestApp.Options(settings: new Dictionary<string, string?> { ["ForumBot:AllowedTenants"] = TestApp.Tenant }));
        await host.SeedTenantAsync(_connector.ServiceUrl);
        await SeedTenantAsync(host, OtherTenant);
        AnswerCreateThenSend();
        await host.Outbox.EnqueueAsync(ListSource.ToPerson("k1", host.Time.GetUtcNow().AddSeconds(-1), _person), CancellationToken.None);

        await host.DispatchAsync();

        var create = _connector.Requests[0];
        Assert.Equal(("POST", "/v3/conversations"), (create.Method, create.Path));
        Assert.Equal(TestApp.Tenant, create.Body!["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.Equal(OutboxState.Sent, (await host.Outbox.FindAsync("k1", CancellationToken.None))!.State);
        Assert.Equal(TestApp.Tenant, (await host.References.GetAsync(ConversationKinds.Personal, _person, CancellationToken.None))!.TenantId);
    }

    [Fact]
    public async Task Dispatch_WithoutMicrosoftAppTenantIdOrAllowedTenants_OpensThe1to1InTheOnlyTenantThatWroteToTheBot()
    {
        // The Playground case: one tenant entry in ConversationRefs, no tenant settings at all.
        await _host.SeedTenantAsync(_connector.ServiceUrl);
        AnswerCreateThenSend();
        await EnqueueAsync("k1");

        await _host.DispatchAsync();

        var (create, send) = (_connector.Requests[0], _connector.Requests[1]);
        Assert.Equal(("POST", "/v3/conversations"), (create.Method, create.Path));
        Assert.Equal(TestApp.Tenant, create.Body!["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.Equal("/v3/conversations/a%3Anew-chat/activities", send.Path);
        Assert.Equal(OutboxState.Sent, (await _host.Outbox.FindAsync("k1", CancellationToken.None))!.State);
    }

    [Theory]
    [InlineData(2)] // without tenant settings, and two tenants known: which one is meant?
    [InlineData(0)] // no conversation and no tenant entry
    public async Task Dispatch_NoConversationAndNoOneTenantToCreateItIn_FailsWithTheReasonWithoutCallingTeams(int tenantsKnown)
    {
        if (tenantsKnown == 2)
        {
            await _host.SeedTenantAsync(_connector.ServiceUrl);
            await SeedTenantAsync(_host, OtherTenant);
        }

        await EnqueueAsync("k1");

        await _host.DispatchAsync();

        var entry = await _host.Outbox.FindAsync("k1", CancellationToken.None);
        Assert.Equal((OutboxState.Failed, FailureReasons.NoConversation), (entry!.State, entry.FailureReason));
        Assert.Contains("MicrosoftAppTenantId", entry.FailureDetail, StringComparison.Ordinal);
        Assert.Empty(_connector.Requests);
    }

    [Theory]
    [InlineData(403, "MessageWritesBlocked", FailureReasons.Blocked)]
    [InlineData(403, "BotNotInConversationRoster", FailureReasons.Uninstalled)]
    [InlineData(404, "ConversationNotFound", FailureReasons.Gone)]
    [InlineData(403, "SomethingElse", FailureReasons.Forbidden)]
    public async Task Dispatch_PermanentFailure_FailsOnceAndMarksTheConversationInactive(int status, string code, string reason)
    {
        await _host.SeedPersonalAsync(_person, _connector.ServiceUrl);
        _connector.Responder = _ => CapturingConnector.Error(status, code);
        await EnqueueAsync("k1");

        var report = await _host.DispatchAsync();

        Assert.Single(_connector.Requests);
        Assert.Equal(1, report.Failed);
        var entry = await _host.Outbox.FindAsync("k1", CancellationToken.None);
        Assert.Equal((OutboxState.Failed, reason), (entry!.State, entry.FailureReason));
        var reference = await _host.References.GetAsync(ConversationKinds.Personal, _person, CancellationToken.None);
        Assert.Equal((false, reason), (reference!.Active, reference.DeadReason));
        Assert.Equal(1, _meter[SchedulingMetrics.FailedName]);
        var (failures, total) = await _host.Outbox.FailuresAsync(20, CancellationToken.None);
        Assert.Equal((1, "k1", reason), (total, failures[0].Key, failures[0].Reason));
    }

    [Fact]
    public async Task Dispatch_Rejected400_FailsButLeavesTheConversationActive()
    {
        await _host.SeedPersonalAsync(_person, _connector.ServiceUrl);
        _connector.Responder = _ => CapturingConnector.Error(400, "BadArgument");
        await EnqueueAsync("k1");

        await _host.DispatchAsync();

        Assert.Equal(FailureReasons.Rejected, (await _host.Outbox.FindAsync("k1", CancellationToken.None))!.FailureReason);
        Assert.True((await _host.References.GetAsync(ConversationKinds.Personal, _person, CancellationToken.None))!.Active);
    }

    [Fact]
    public async Task Dispatch_TransientFailuresThenSuccess_RetriesWithBackoffAndSends()
    {
        await _host.SeedPersonalAsync(_person, _connector.ServiceUrl);
        _connector.AnswerFirst(() => Results.StatusCode(503), () => Results.StatusCode(502));
        await EnqueueAsync("k1");

        await _host.DispatchAsync();

        Assert.Equal(3, _connector.Requests.Count);
        var entry = await _host.Outbox.FindAsync("k1", CancellationToken.None);
        Assert.Equal((OutboxState.Sent, 3), (entry!.State, entry.Attempts));
        Assert.Equal(2, _meter[SchedulingMetrics.Retried]);
    }

    [Fact]
    public async Task Dispatch_AlwaysFailing_GivesUpAfterMaxAttempts()
    {
        await _host.SeedPersonalAsync(_person, _connector.ServiceUrl);
        _connector.Responder = _ => Results.StatusCode(500);
        await EnqueueAsync("k1");

        await _host.DispatchAsync();

        Assert.Equal(3, _connector.Requests.Count);
        var entry = await _host.Outbox.FindAsync("k1", CancellationToken.None);
        Assert.Equal((OutboxState.Failed, FailureReasons.GaveUp, 3), (entry!.State, entry.FailureReason, entry.Attempts));
        Assert.True((await _host.References.GetAsync(ConversationKinds.Personal, _person, CancellationToken.None))!.Active);
    }

    [Fact]
    public async Task Dispatch_RetryAfterLongerThanTheClaim_DefersTheRowInsteadOfWaiting()
    {
        await _host.SeedPersonalAsync(_person, _connector.ServiceUrl);
        _connector.AnswerFirst(() => CapturingConnector.Answer(429, null, ("Retry-After", "120")));
        await EnqueueAsync("k1");

        var report = await _host.DispatchAsync();

        Assert.Single(_connector.Requests);
        Assert.Equal(1, report.Deferred);
        var entry = await _host.Outbox.FindAsync("k1", CancellationToken.None);
        Assert.Equal((OutboxState.Pending, 1), (entry!.State, entry.Attempts));
        Assert.Equal(1, _meter[SchedulingMetrics.Throttled]);
        var second = await _host.DispatchAsync(dueBy: _host.Time.GetUtcNow().AddSeconds(121));
        Assert.Equal(1, second.Sent);
    }

    [Fact]
    public async Task Dispatch_ChannelTarget_PostsIntoTheStoredChannel()
    {
        await _host.References.UpsertAsync(new ConversationReference(ConversationKinds.Channel, "19:forum@thread.tacv2", "19:forum@thread.tacv2",
            _connector.ServiceUrl, TestApp.Tenant, TeamsActivities.BotId, "ForumBot", null, null, "19:team", "19:forum@thread.tacv2", null, true, null,
            _host.Time.GetUtcNow()), CancellationToken.None);
        await _host.Outbox.EnqueueAsync(ListSource.ToConversation("agenda", _host.Time.GetUtcNow(), ConversationKinds.Channel, "19:forum@thread.tacv2"), CancellationToken.None);
        await _host.Outbox.EnqueueAsync(ListSource.ToConversation("nowhere", _host.Time.GetUtcNow(), ConversationKinds.Channel, "19:unknown@thread.tacv2"), CancellationToken.None);

        await _host.DispatchAsync();

        Assert.Equal("/v3/conversations/19%3Aforum%40thread.tacv2/activities", Assert.Single(_connector.Requests).Path);
        Assert.Equal(OutboxState.Sent, (await _host.Outbox.FindAsync("agenda", CancellationToken.None))!.State);
        Assert.Equal(FailureReasons.NoConversation, (await _host.Outbox.FindAsync("nowhere", CancellationToken.None))!.FailureReason);
    }

    [Fact]
    public async Task Dispatch_AttemptTimesOut_IsRetried()
    {
        await using var host = await TestApp.StartAsync(SchedulingTestApp.Options(settings: new Dictionary<string, string?> { ["Scheduling:AttemptTimeoutSeconds"] = "1" }));
        await host.SeedPersonalAsync(_person, _connector.ServiceUrl);
        _connector.AnswerFirst(() => CapturingConnector.Delayed(TimeSpan.FromSeconds(5), Results.Json(new { id = "late" }, statusCode: 201)));
        await host.Outbox.EnqueueAsync(ListSource.ToPerson("k1", host.Time.GetUtcNow(), _person), CancellationToken.None);

        await host.DispatchAsync();

        var entry = await host.Outbox.FindAsync("k1", CancellationToken.None);
        Assert.Equal((OutboxState.Sent, 2), (entry!.State, entry.Attempts));
    }

    private const string OtherTenant = "5d1c6a7e-0000-4000-8000-0000000000aa";

    private void AnswerCreateThenSend() => _connector.Responder = request => request.Path == "/v3/conversations"
        ? Results.Json(new { id = "a:new-chat" }, statusCode: 201)
        : Results.Json(new { id = "activity-1" }, statusCode: 201);

    private Task SeedTenantAsync(TestApp host, string tenantId) =>
        host.References.UpsertAsync(new ConversationReference(ConversationKinds.Tenant, tenantId, string.Empty, _connector.ServiceUrl,
            tenantId, TeamsActivities.BotId, "ForumBot", null, null, null, null, null, true, null, host.Time.GetUtcNow()), CancellationToken.None);

    private Task<EnqueueResult> EnqueueAsync(string key) =>
        _host.Outbox.EnqueueAsync(ListSource.ToPerson(key, _host.Time.GetUtcNow().AddSeconds(-1), _person), CancellationToken.None);
}
