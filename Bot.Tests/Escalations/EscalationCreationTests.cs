using ForumBot.Escalations.Creation;
using ForumBot.Escalations.Model;
using ForumBot.Escalations.Storage;
using ForumBot.Scheduling;
using ForumBot.Tests.Fixtures;
using ForumBot.Tests.Updates;
using ForumBot.Updates;
using ForumBot.Updates.Model;
using ForumBot.Updates.Storage;
using Microsoft.Extensions.DependencyInjection;
using static ForumBot.Tests.Escalations.EscalationsTestApp;

namespace ForumBot.Tests.Escalations;

/// <summary>An escalation per escalated update, whatever happens to the update after: resubmitted, changed by a quick update, or saved while the listener failed.</summary>
public sealed class EscalationCreationTests : TestAppLifetime
{
    protected override TestAppOptions Options => EscalationsTestApp.Options();

    private EscalationReconcileJob Job => App.Services.GetServices<IPeriodicJob>().OfType<EscalationReconcileJob>().Single();

    [Fact]
    public async Task ResubmittingTheUpdate_CreatesNoSecondEscalation_AChangedReasonChangesTheOpenOne()
    {
        var summary = await App.SubmitEscalatedUpdateAsync();
        var first = (await App.EscalationAsync(UpdateEscalationId))!;

        var form = UpdateCards.FromInvoke(await App.ExecuteAsync(DemoNetwork.Sara, "update.edit", UpdateCards.Press(summary, "update.edit")));
        var inputs = UpdateCards.Inputs(form).Select(i => i["id"]!.GetValue<string>()).Select(id => (id, UpdateCards.Value(form, id) ?? string.Empty))
            .Where(i => i.id != "escalationReason").Append(("escalationReason", "Nu også butikkerne i Tingbjerg")).ToArray();
        var resubmitted = await App.ExecuteAsync(DemoNetwork.Sara, "update.submit", UpdateCards.Press(form, "update.submit", inputs));
        Assert.Contains("Opdatering indsendt ✓", CardText.Of(UpdateCards.FromInvoke(resubmitted)), StringComparison.Ordinal);
        Assert.StartsWith("Gemt ✓", await App.SayAsync(DemoNetwork.Sara, "opdatering fritidsjob-kk: To unge mere i job"), StringComparison.Ordinal);

        Assert.Equal(1, await App.EscalationCountAsync());
        var now = (await App.EscalationAsync(UpdateEscalationId))!;
        Assert.Equal(("Nu også butikkerne i Tingbjerg", first.RaisedAt, first.RaisedBy, EscalationState.Open), (now.Reason, now.RaisedAt, now.RaisedBy, now.State));
        Assert.True(App.Logs.Has(7801));
        var lines = await App.AgendaLinesAsync(Strategic, Pernille);
        Assert.Single(lines, l => l.EndsWith(InitiativeName, StringComparison.Ordinal) && l.StartsWith("4.", StringComparison.Ordinal));
        Assert.Contains("Nu også butikkerne i Tingbjerg", lines);
    }

    [Fact]
    public async Task ReconcileJob_RaisesTheEscalationOfAnUpdateSavedWithoutIt_Once()
    {
        // As if the process had stopped right after saving: the update is stored, no listener ran.
        var content = UpdateContent.Empty with { Status = UpdateStatus.Blocked, Reached = 2, EscalateTo = Strategic, EscalationReason = Reason };
        var row = new UpdateRow
        {
            ForumId = Frontline, MeetingId = DemoNetwork.FritidsjobMeetingId, InitiativeId = Initiative, SubmittedBy = DemoNetwork.Sara.Id,
            SubmittedAt = Start, Source = "card", DeadlineAt = DemoNetwork.FritidsjobDeadline,
        };
        row.SetContent(content);
        Assert.True((await App.Get<UpdateStore>().SaveAsync(null, row, CancellationToken.None)).Succeeded);
        Assert.Null(await App.EscalationAsync(UpdateEscalationId));

        await Job.RunAsync(App.Time.GetUtcNow(), CancellationToken.None);
        await Job.RunAsync(App.Time.GetUtcNow(), CancellationToken.None);

        var escalation = await App.EscalationAsync(UpdateEscalationId);
        Assert.NotNull(escalation);
        Assert.Equal((Strategic, Reason, DemoNetwork.Sara.Id, Start), (escalation.ToForumId, escalation.Reason, escalation.RaisedBy, escalation.RaisedAt));
        Assert.Equal(1, await App.EscalationCountAsync());
        Assert.Single(App.Logs.Lines, l => l.EventId == 7802);
    }

    [Fact]
    public async Task ReconcileJob_QueuesAnAnswerThatDidNotReachTheOutbox()
    {
        await App.SubmitEscalatedUpdateAsync();
        var store = App.Get<EscalationStore>();
        var stored = (await store.FindAsync(UpdateEscalationId, CancellationToken.None))!;
        App.FakeTime.SetUtcNow(StrategicJanuary.AddMinutes(30));
        var answer = new EscalationAnswer(EscalationAnswerKind.Decision, "Vi tager den", null, Pernille.Id, App.Time.GetUtcNow(), StrategicJanuaryId);
        Assert.True((await store.ChangeAsync(stored, stored.Escalation with { State = EscalationState.Answered, Answer = answer }, CancellationToken.None)).Succeeded);

        await Job.RunAsync(App.Time.GetUtcNow(), CancellationToken.None);

        Assert.NotNull(await App.Outbox.FindAsync($"escalation|{UpdateEscalationId}|answer|{Mikkel.Id}", CancellationToken.None));
        Assert.NotNull(await App.Outbox.FindAsync($"escalation|{UpdateEscalationId}|answer|{DemoNetwork.Sara.Id}", CancellationToken.None));
        Assert.True((await App.EscalationAsync(UpdateEscalationId))!.Notified);
    }
}

/// <summary>A listener that fails never fails the user's save (Updates' seam for other features).</summary>
public sealed class FailingListenerTests : TestAppLifetime
{
    protected override TestAppOptions Options => EscalationsTestApp.Options() with
    {
        Services = services => services.AddSingleton<IUpdateSavedListener, ThrowingListener>(),
    };

    [Fact]
    public async Task Submit_WithAListenerThatThrows_IsSaved_AndTheOtherListenersStillRun()
    {
        var summary = await App.SubmitEscalatedUpdateAsync();

        Assert.Contains("Opdatering indsendt ✓", CardText.Of(summary), StringComparison.Ordinal);
        Assert.NotNull(await App.Get<UpdateStore>().FindAsync(Frontline, DemoNetwork.FritidsjobMeetingId, Initiative, CancellationToken.None));
        Assert.NotNull(await App.EscalationAsync(UpdateEscalationId));
        var failed = Assert.Single(App.Logs.Lines, l => l.EventId == 6018);
        Assert.DoesNotContain(Reason, failed.Written, StringComparison.Ordinal);
    }

    private sealed class ThrowingListener : IUpdateSavedListener
    {
        public Task SavedAsync(UpdateSaved saved, CancellationToken cancellationToken) => throw new InvalidOperationException("listener broke");
    }
}
