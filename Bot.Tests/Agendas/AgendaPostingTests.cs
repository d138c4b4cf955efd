using System.Text.Json.Nodes;
using ForumBot.Agendas.Meetings;
using ForumBot.Agendas.Posting;
using ForumBot.Scheduling;
using ForumBot.Teams;
using ForumBot.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ForumBot.Tests.Agendas;

/// <summary>
/// The agenda posted at its moment through the scheduler and the outbox, and kept current in place:
/// Fritidsjobnetværket (agenda 28 November 2026 09:00 Copenhagen, see <see cref="PostingTestApp"/>)
/// on a fake clock, the scheduler stepped by the test, Teams a capturing connector.
/// </summary>
public sealed class AgendaPostingTests : IAsyncLifetime
{
    private const string BlockedBarrier = "Lokalet er lukket til januar";
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(5);
    private readonly FakeTimeProvider _time = new(PostingTestApp.AgendaAt.AddMinutes(-1));
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await PostingTestApp.StartAsync(_time);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task LinkedChannel_TheAgendaIsPostedThereOnceAtItsLocalTimeAndNotUpdatedWhileNothingChanges()
    {
        await _app.LinkChannelAsync();

        DateTimeOffset? postedAt = null;
        while (_time.GetUtcNow() < PostingTestApp.AgendaAt.AddMinutes(5))
        {
            await PostingTestApp.RunSchedulersAsync(_time, _time.GetUtcNow().AddSeconds(1), Step, _app);
            postedAt ??= ChannelPosts().Count > 0 ? _time.GetUtcNow() : null;
        }

        var post = Assert.Single(ChannelPosts());
        Assert.InRange(postedAt!.Value, PostingTestApp.AgendaAt, PostingTestApp.AgendaAt.AddSeconds(15));
        var text = CardText.Of(Card(post));
        Assert.StartsWith("Dagsorden: Fritidsjobnetværket", text, StringComparison.Ordinal);
        Assert.Contains("Møde tirsdag den 1. december 2026 kl. 09.00", text, StringComparison.Ordinal);
        Assert.Contains("Alle her kan læse med", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kontaktpersoner", text, StringComparison.Ordinal);
        Assert.Empty(Puts());
        var entry = await _app.Outbox.FindAsync(PostingTestApp.PostKey(), CancellationToken.None);
        Assert.Equal((OutboxState.Sent, AgendaPostKeys.PostKind, PostingTestApp.AgendaAt), (entry!.State, entry.Kind, entry.DueAt));
        Assert.Equal(new MessageTarget.Conversation(ConversationKinds.Channel, PostingTestApp.ChannelId), entry.Target);
    }

    [Fact]
    public async Task TwoSchedulers_TheAgendaIsPostedOnce()
    {
        await _app.LinkChannelAsync();
        await using var second = await TestApp.StartAsync(PostingTestApp.Options(_time, _app.TablePrefix, http: false));

        await PostingTestApp.RunSchedulersAsync(_time, PostingTestApp.AgendaAt.AddMinutes(3), Step, _app, second);

        Assert.Single(ChannelPosts());
        Assert.Empty(Puts());
    }

    [Theory]
    [InlineData("da-DK", "Vil du have den i forummets kanal, så @nævn mig dér med: tilknyt forum fritidsjob", "Kontaktpersoner")]
    [InlineData("en-GB", "To have it posted in the forum's channel, @mention me there with: link forum fritidsjob", "Contacts")]
    public async Task NoChannelLinked_EachChairGetsTheChairsViewIn1to1WithHowToLinkOne(string locale, string hint, string contacts)
    {
        await _app.References.UpsertAsync(new ConversationReference(ConversationKinds.Personal, DemoNetwork.ChairAad, TestApp.ConversationIdFor(DemoNetwork.ChairAad),
            _app.Connector.ServiceUrl, TestApp.Tenant, TeamsActivities.BotId, "ForumBot", "29:chair", DemoNetwork.ChairAad, null, null, locale, true, null,
            _time.GetUtcNow()), CancellationToken.None);

        await PostingTestApp.RunSchedulersAsync(_time, PostingTestApp.AgendaAt.AddMinutes(3), Step, _app);

        var toChair = _app.Connector.Requests
            .Where(r => r.Path == $"/v3/conversations/{Uri.EscapeDataString(TestApp.ConversationIdFor(DemoNetwork.ChairAad))}/activities")
            .Where(r => r.Body?["summary"]?.GetValue<string>()?.Contains("Fritidsjobnetværket", StringComparison.Ordinal) == true)
            .ToList();
        var text = CardText.Of(Card(Assert.Single(toChair)));
        Assert.Contains(hint, text, StringComparison.Ordinal);
        Assert.Contains(contacts, text, StringComparison.Ordinal);
        Assert.Equal(OutboxState.Sent, (await _app.Outbox.FindAsync(PostingTestApp.PostKey("p-chair-demo"), CancellationToken.None))!.State);
        Assert.Empty(ChannelPosts());
    }

    [Fact]
    public async Task LateUpdate_ChangesThePostedCardInPlace_OnePutToTheSameActivity()
    {
        await _app.LinkChannelAsync();
        await RunUntilPostedAsync();
        var postId = (await _app.Outbox.FindAsync(PostingTestApp.PostKey(), CancellationToken.None))!.ActivityId;

        await _app.SubmitUpdateAsync("p-frontline-demo", "kom-i-gang-job", "blocked", BlockedBarrier);
        await PostingTestApp.RunSchedulersAsync(_time, PostingTestApp.AgendaAt.AddMinutes(4), Step, _app);

        var put = Assert.Single(Puts());
        Assert.Equal($"{PostingTestApp.ChannelPath}/{postId}", put.Path);
        Assert.Equal(postId, put.Body!["id"]!.GetValue<string>());
        var before = CardText.Of(Card(Assert.Single(ChannelPosts())));
        var after = CardText.Of(Card(put));
        Assert.DoesNotContain("Blokeret", before, StringComparison.Ordinal);
        Assert.Contains("Blokeret", after, StringComparison.Ordinal);
        Assert.DoesNotContain(BlockedBarrier, after, StringComparison.Ordinal);
        var update = await _app.Outbox.FindAsync(AgendaPostKeys.Put(PostingTestApp.Forum, PostingTestApp.MeetingId, AgendaPostKeys.ChannelTarget, 1), CancellationToken.None);
        Assert.Equal((OutboxState.Sent, postId), (update!.State, update.ActivityId));
        Assert.Equal(new MessageRelation(PostingTestApp.PostKey(), MessageRelationKind.Replace), update.About);
    }

    [Fact]
    public async Task ManyChangesWithinAMinute_OnePutWithAllOfThem()
    {
        await _app.LinkChannelAsync();
        var sentAt = await RunUntilPostedAsync();

        // Three standing items removed 10 s apart while the scheduler keeps ticking (every 10 s), all within the post's minute.
        for (var i = 0; i < 3; i++)
        {
            await RemoveAsync("standing:" + i);
            await PostingTestApp.RunSchedulersAsync(_time, _time.GetUtcNow().AddSeconds(10), Step, _app);
        }

        Assert.True(_time.GetUtcNow() < sentAt.AddMinutes(1), $"The changes took until {_time.GetUtcNow():O}, more than a minute after the post ({sentAt:O}).");
        Assert.Empty(Puts());

        await PostingTestApp.RunSchedulersAsync(_time, PostingTestApp.AgendaAt.AddMinutes(4), Step, _app);

        var put = Assert.Single(Puts());
        var text = CardText.Of(Card(put));
        Assert.DoesNotContain("Nyt fra arbejdsgiverne", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Eventuelt", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoRefreshesAtOnce_EnqueueAndRecordOneUpdate()
    {
        await _app.LinkChannelAsync();
        await RunUntilPostedAsync();
        await using var second = await TestApp.StartAsync(PostingTestApp.Options(_time, _app.TablePrefix, http: false));
        await RemoveAsync("standing:0");
        _time.Advance(TimeSpan.FromMinutes(2));

        // A lease handover can leave the old holder's run finishing while the new one starts.
        var now = _time.GetUtcNow();
        await Task.WhenAll(Refresh(_app).RunAsync(now, CancellationToken.None), Refresh(second).RunAsync(now, CancellationToken.None));
        await Task.WhenAll(Refresh(_app).RunAsync(now, CancellationToken.None), Refresh(second).RunAsync(now, CancellationToken.None));

        string Put(int seq) => AgendaPostKeys.Put(PostingTestApp.Forum, PostingTestApp.MeetingId, AgendaPostKeys.ChannelTarget, seq);
        Assert.NotNull(await _app.Outbox.FindAsync(Put(1), CancellationToken.None));
        Assert.Null(await _app.Outbox.FindAsync(Put(2), CancellationToken.None));
        var record = await _app.Get<AgendaPostRecords>().ReadAsync(PostingTestApp.Forum, PostingTestApp.MeetingId, AgendaPostKeys.ChannelTarget, CancellationToken.None);
        Assert.Equal((1, now), (record!.Seq, record.LastPutAt));
        await _app.DispatchAsync();
        Assert.Single(Puts());
    }

    [Fact]
    public async Task MeetingClosed_NoMoreUpdatesInPlace()
    {
        await _app.LinkChannelAsync();
        await RunUntilPostedAsync();
        Assert.True(await _app.Get<MeetingStore>().CloseAsync(PostingTestApp.Forum, PostingTestApp.MeetingId, "p-chair-demo", _time.GetUtcNow(), CancellationToken.None));

        await RemoveAsync("standing:0");
        await _app.SubmitUpdateAsync("p-frontline-demo", "kom-i-gang-job", "blocked", BlockedBarrier);
        await PostingTestApp.RunSchedulersAsync(_time, PostingTestApp.AgendaAt.AddMinutes(4), Step, _app);

        Assert.Single(ChannelPosts());
        Assert.Empty(Puts());
    }

    /// <summary>Steps the scheduler until the channel post is sent (the first pass at or after the agenda moment); returns when it was.</summary>
    private async Task<DateTimeOffset> RunUntilPostedAsync()
    {
        while (await _app.Outbox.FindAsync(PostingTestApp.PostKey(), CancellationToken.None) is not { State: OutboxState.Sent })
        {
            Assert.True(_time.GetUtcNow() < PostingTestApp.AgendaAt.AddMinutes(1), "The agenda was not posted within a minute of its moment.");
            await PostingTestApp.RunSchedulersAsync(_time, _time.GetUtcNow().AddSeconds(1), Step, _app);
        }

        return (await _app.Outbox.FindAsync(PostingTestApp.PostKey(), CancellationToken.None))!.SentAt!.Value;
    }

    private static AgendaRefreshJob Refresh(TestApp app) => app.Services.GetServices<IPeriodicJob>().OfType<AgendaRefreshJob>().Single();

    private List<CapturedRequest> ChannelPosts() =>
        [.. _app.Connector.Requests.Where(r => r.Method == "POST" && r.Path == PostingTestApp.ChannelPath)];

    private List<CapturedRequest> Puts() => [.. _app.Connector.Requests.Where(r => r.Method == "PUT")];

    private static JsonNode Card(CapturedRequest request) => request.Body!["attachments"]![0]!["content"]!;

    private Task<ItemMark> RemoveAsync(string itemKey) => _app.Get<MeetingStore>().MarkItemAsync(PostingTestApp.Forum, PostingTestApp.MeetingId, itemKey,
        mark => mark with { Removed = true, RemovedBy = "p-chair-demo", RemovedAt = _time.GetUtcNow() }, CancellationToken.None);
}
