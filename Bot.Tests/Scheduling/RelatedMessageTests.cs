using ForumBot.Protocol;
using ForumBot.Scheduling;
using ForumBot.Teams;
using ForumBot.Tests.Fixtures;
using ForumBot.Tests.Scheduling.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace ForumBot.Tests.Scheduling;

/// <summary>
/// Messages about an earlier outbox message (DueWork.About) through the dispatcher to a loopback
/// connector: a Replace is a PUT of the earlier activity, a thread reply posts in the channel's
/// thread, and one whose earlier message is not sent waits, or fails when that one failed.
/// </summary>
public sealed class RelatedMessageTests : IAsyncLifetime
{
    private const string Channel = "19:forum@thread.tacv2";
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private readonly string _person = ListSource.Person(1);
    private CapturingConnector _connector = null!;
    private TestApp _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await CapturingConnector.StartAsync();
        _host = await TestApp.StartAsync(SchedulingTestApp.Options(time: _time, settings: new Dictionary<string, string?> { ["Scheduling:MaxAttempts"] = "3" }));
        await _host.References.UpsertAsync(new ConversationReference(ConversationKinds.Channel, Channel, Channel, _connector.ServiceUrl, TestApp.Tenant,
            TeamsActivities.BotId, "ForumBot", null, null, "19:team", Channel, null, true, null, Start), CancellationToken.None);
        await _host.SeedPersonalAsync(_person, _connector.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Dispatch_Replace_PutsTheEarlierActivityInPlace()
    {
        _connector.AnswerFirst(() => Results.Json(new { id = "activity-1" }, statusCode: 201));
        await EnqueueAsync(ToChannel("post", Start));
        await _host.DispatchAsync();
        await EnqueueAsync(ToChannel("put-1", Start) with { About = new MessageRelation("post", MessageRelationKind.Replace) });

        await _host.DispatchAsync();

        Assert.Equal(2, _connector.Requests.Count);
        var put = _connector.Requests[1];
        Assert.Equal(("PUT", $"/v3/conversations/{Escape(Channel)}/activities/activity-1"), (put.Method, put.Path));
        Assert.Equal("activity-1", put.Body!["id"]!.GetValue<string>());
        Assert.Equal("put-1", put.Body["text"]!.GetValue<string>());
        Assert.Equal(Channel, put.Body["conversation"]!["id"]!.GetValue<string>());
        var entry = await _host.Outbox.FindAsync("put-1", CancellationToken.None);
        Assert.Equal((OutboxState.Sent, "activity-1", Channel, 1), (entry!.State, entry.ActivityId, entry.ConversationId, entry.Attempts));
        Assert.Equal(new MessageRelation("post", MessageRelationKind.Replace), entry.About);
    }

    [Fact]
    public async Task Dispatch_ReplyInThreadOfAChannelPost_PostsToTheThreadConversation()
    {
        _connector.AnswerFirst(() => Results.Json(new { id = "1765432100000" }, statusCode: 201));
        await EnqueueAsync(ToChannel("post", Start));
        await _host.DispatchAsync();
        await EnqueueAsync(ToChannel("minutes", Start) with { About = new MessageRelation("post", MessageRelationKind.ReplyInThread) });

        await _host.DispatchAsync();

        var reply = _connector.Requests[1];
        var thread = Channel + ";messageid=1765432100000";
        Assert.Equal(("POST", $"/v3/conversations/{Escape(thread)}/activities"), (reply.Method, reply.Path));
        Assert.Equal(thread, reply.Body!["conversation"]!["id"]!.GetValue<string>());
        var entry = await _host.Outbox.FindAsync("minutes", CancellationToken.None);
        Assert.Equal((OutboxState.Sent, thread), (entry!.State, entry.ConversationId));
    }

    [Fact]
    public async Task Dispatch_ReplyInThreadOfA1to1Message_IsAPlainSendInThatChat()
    {
        await EnqueueAsync(ListSource.ToPerson("note", Start, _person));
        await _host.DispatchAsync();
        await EnqueueAsync(ListSource.ToPerson("follow-on", Start, _person) with { About = new MessageRelation("note", MessageRelationKind.ReplyInThread) });

        await _host.DispatchAsync();

        Assert.All(_connector.Requests, r => Assert.Equal(("POST", $"/v3/conversations/{Escape(TestApp.ConversationIdFor(_person))}/activities"), (r.Method, r.Path)));
        Assert.Equal(2, _connector.Requests.Count);
    }

    [Fact]
    public async Task Dispatch_EarlierMessageNotSentYet_TheLaterWaitsUncountedAndGoesAfterIt()
    {
        await EnqueueAsync(ToChannel("post", Start.AddMinutes(10)));
        await EnqueueAsync(ToChannel("put-1", Start) with { About = new MessageRelation("post", MessageRelationKind.Replace) });

        var first = await _host.DispatchAsync();

        Assert.Empty(_connector.Requests);
        Assert.Equal(1, first.Waiting);
        var waiting = await _host.Outbox.FindAsync("put-1", CancellationToken.None);
        Assert.Equal((OutboxState.Pending, 0), (waiting!.State, waiting.Attempts));

        _time.Advance(TimeSpan.FromMinutes(10));
        await _host.DispatchAsync();
        _time.Advance(TimeSpan.FromSeconds(5));
        await _host.DispatchAsync();

        Assert.Equal(["POST", "PUT"], _connector.Requests.Select(r => r.Method));
        var sent = await _host.Outbox.FindAsync("put-1", CancellationToken.None);
        Assert.Equal((OutboxState.Sent, 1), (sent!.State, sent.Attempts));
    }

    [Fact]
    public async Task Dispatch_EarlierMessageFailed_TheLaterFailsWithTheReasonWithoutCallingTeams()
    {
        _connector.AnswerFirst(() => CapturingConnector.Error(400, "BadArgument"));
        await EnqueueAsync(ToChannel("post", Start));
        await _host.DispatchAsync();
        await EnqueueAsync(ToChannel("put-1", Start) with { About = new MessageRelation("post", MessageRelationKind.Replace) });

        var report = await _host.DispatchAsync();

        Assert.Single(_connector.Requests);
        Assert.Equal(1, report.Failed);
        var entry = await _host.Outbox.FindAsync("put-1", CancellationToken.None);
        Assert.Equal((OutboxState.Failed, FailureReasons.RelatedFailed), (entry!.State, entry.FailureReason));
        Assert.Contains("post failed (rejected)", entry.FailureDetail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispatch_EarlierMessageNeverEnqueued_WaitsADayThenFails()
    {
        await EnqueueAsync(ToChannel("put-1", Start) with { About = new MessageRelation("never", MessageRelationKind.Replace) });

        Assert.Equal(1, (await _host.DispatchAsync()).Waiting);
        _time.Advance(TimeSpan.FromHours(25));
        await _host.DispatchAsync();

        Assert.Empty(_connector.Requests);
        var entry = await _host.Outbox.FindAsync("put-1", CancellationToken.None);
        Assert.Equal((OutboxState.Failed, FailureReasons.RelatedMissing), (entry!.State, entry.FailureReason));
    }

    [Fact]
    public async Task Dispatch_ReplaceThrottled_WaitsRetryAfterLikeAnyCall()
    {
        await EnqueueAsync(ToChannel("post", Start));
        await _host.DispatchAsync();
        _connector.AnswerFirst(() => CapturingConnector.Answer(429, null, ("Retry-After", "1")));
        await EnqueueAsync(ToChannel("put-1", Start) with { About = new MessageRelation("post", MessageRelationKind.Replace) });

        var dispatch = _host.DispatchAsync();
        await _connector.WaitForAsync(2);
        await AdvanceUntilAsync(() => dispatch.IsCompleted);
        await dispatch;

        Assert.Equal(["POST", "PUT", "PUT"], _connector.Requests.Select(r => r.Method));
        var entry = await _host.Outbox.FindAsync("put-1", CancellationToken.None);
        Assert.Equal((OutboxState.Sent, 2), (entry!.State, entry.Attempts));
    }

    [Fact]
    public async Task Dispatch_ReplacedMessageWasDeleted_FailsButLeavesTheChannelActive()
    {
        await EnqueueAsync(ToChannel("post", Start));
        await _host.DispatchAsync();
        _connector.AnswerFirst(() => CapturingConnector.Error(404, "ActivityNotFound"));
        await EnqueueAsync(ToChannel("put-1", Start) with { About = new MessageRelation("post", MessageRelationKind.Replace) });

        await _host.DispatchAsync();

        Assert.Equal(FailureReasons.Gone, (await _host.Outbox.FindAsync("put-1", CancellationToken.None))!.FailureReason);
        Assert.True((await _host.References.GetAsync(ConversationKinds.Channel, Channel, CancellationToken.None))!.Active);
    }

    private static DueWork ToChannel(string key, DateTimeOffset dueAt) => ListSource.ToConversation(key, dueAt, ConversationKinds.Channel, Channel);

    private Task<EnqueueResult> EnqueueAsync(DueWork work) => _host.Outbox.EnqueueAsync(work, CancellationToken.None);

    private static string Escape(string value) => Uri.EscapeDataString(value);

    // The dispatcher waits on the fake clock: move it in small steps until the round has ended.
    private async Task AdvanceUntilAsync(Func<bool> done)
    {
        for (var step = 0; step < 200 && !done(); step++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(10);
        }
    }
}
