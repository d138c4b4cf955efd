using System.Text.Json.Nodes;
using ForumBot.Tests.Fixtures;
using ForumBot.Updates.Storage;

namespace ForumBot.Tests.Updates;

/// <summary>What the card refuses: invalid inputs (shown again with errors), CPR numbers, forged payloads, strangers.</summary>
public sealed class UpdateRefusalTests : IAsyncLifetime
{
    private TestApp _host = null!;
    private JsonObject _saraCard = null!;

    public async Task InitializeAsync()
    {
        _host = await TestApp.StartAsync(UpdatesTestApp.At(DemoNetwork.FritidsjobPrompt));
        var requests = await _host.RequestsAsync(DemoNetwork.FritidsjobPrompt);
        _saraCard = UpdateCards.Card(requests.Single(w => w.Key.EndsWith("|p-frontline-demo|fritidsjob-kk", StringComparison.Ordinal)));
        _host.FakeTime.Advance(TimeSpan.FromHours(1));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Submit_InvalidInputs_ReturnsTheFormWithErrorsUnderTheFieldsAndEveryInputKept()
    {
        var data = UpdateCards.Press(_saraCard, "update.submit",
            ("status", string.Empty), ("reached", "-3"), ("wentWell", "Godt samarbejde"), ("barriers", new string('x', 2001)),
            ("needs", string.Empty), ("needsFrom", "kk-jobcenter"), ("escalateTo", "fritidsjob"), ("escalationReason", "Mangler pladser"));

        var form = UpdateCards.FromInvoke(await _host.ExecuteAsync(DemoNetwork.Sara, "update.submit", data));

        Assert.Contains("Intet er gemt", CardText.Of(form), StringComparison.Ordinal);
        Assert.Equal("Vælg, hvordan det går.", UpdateCards.ErrorUnder(form, "status"));
        Assert.StartsWith("Skriv et helt tal fra 0 til 100.000", UpdateCards.ErrorUnder(form, "reached"), StringComparison.Ordinal);
        Assert.Equal("Højst 2.000 tegn (her er 2.001).", UpdateCards.ErrorUnder(form, "barriers"));
        Assert.Equal("Skriv, hvad I har brug for fra de valgte organisationer.", UpdateCards.ErrorUnder(form, "needs"));
        Assert.Equal("Vælg et andet forum fra listen.", UpdateCards.ErrorUnder(form, "escalateTo"));
        Assert.Null(UpdateCards.ErrorUnder(form, "wentWell"));
        Assert.Equal("-3", UpdateCards.Value(form, "reached"));
        Assert.Equal("Godt samarbejde", UpdateCards.Value(form, "wentWell"));
        Assert.Equal(2001, UpdateCards.Value(form, "barriers")!.Length);
        Assert.Equal("kk-jobcenter", UpdateCards.Value(form, "needsFrom"));
        Assert.Equal("Mangler pladser", UpdateCards.Value(form, "escalationReason"));
        Assert.Null(await Stored());
    }

    [Fact]
    public async Task Submit_ErrorsFixed_IsSavedFromTheRedisplayedForm()
    {
        var first = UpdateCards.FromInvoke(await _host.ExecuteAsync(DemoNetwork.Sara, "update.submit",
            UpdateCards.Press(_saraCard, "update.submit", ("status", "blocked"), ("reached", "2.5"))));
        Assert.NotNull(UpdateCards.ErrorUnder(first, "reached"));

        var second = await _host.ExecuteAsync(DemoNetwork.Sara, "update.submit",
            UpdateCards.Press(first, "update.submit", ("status", "blocked"), ("reached", "2"), ("escalateTo", "ssp-lokaludvalg"), ("escalationReason", "Brug for politiets hjælp")));

        Assert.Contains("Opdatering indsendt ✓", CardText.Of(UpdateCards.FromInvoke(second)), StringComparison.Ordinal);
        var stored = await Stored();
        Assert.Equal(("blocked", 2, "ssp-lokaludvalg"), (stored!.Status, stored.Reached, stored.EscalateTo));
    }

    [Theory]
    [InlineData("Drengen 010203-1234 har fået job")]
    [InlineData("cpr 0102031234")]
    [InlineData("Hun (290200 4321) mødte op")]
    [InlineData("311299–1234 (tankestreg)")]
    public async Task Submit_TextWithCprNumber_IsRefusedRedactedAndNeitherStoredNorLogged(string text)
    {
        var data = UpdateCards.Press(_saraCard, "update.submit", ("status", "on-track"), ("reached", "4"), ("wentWell", "Alt fint"), ("needs", text));

        var form = UpdateCards.FromInvoke(await _host.ExecuteAsync(DemoNetwork.Sara, "update.submit", data));

        Assert.Contains("CPR-nummer er fjernet", UpdateCards.ErrorUnder(form, "needs"), StringComparison.Ordinal);
        Assert.Contains("[CPR]", UpdateCards.Value(form, "needs"), StringComparison.Ordinal);
        Assert.Equal("Alt fint", UpdateCards.Value(form, "wentWell"));
        var digits = new string([.. text.Where(char.IsAsciiDigit)]);
        Assert.DoesNotContain(digits[..6], form.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(await Stored());
        Assert.True(_host.Logs.Has(6015));
        Assert.DoesNotContain(_host.Logs.Lines, e => e.Written.Contains(digits[..6], StringComparison.Ordinal) || e.Written.Contains("Alt fint", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submit_DateLikeNumberThatIsNoCpr_IsAccepted()
    {
        var data = UpdateCards.Press(_saraCard, "update.submit", ("status", "on-track"), ("reached", "4"),
            ("wentWell", "Sag 311399-1234 er lukket; ring 12345678 eller 12 34 56 78"));

        var body = await _host.ExecuteAsync(DemoNetwork.Sara, "update.submit", data);

        Assert.Contains("Opdatering indsendt ✓", CardText.Of(UpdateCards.FromInvoke(body)), StringComparison.Ordinal);
        Assert.Equal("Sag 311399-1234 er lukket; ring 12345678 eller 12 34 56 78", (await Stored())!.WentWell);
    }

    [Theory]
    [InlineData("initiative", "kom-i-gang-job")]
    [InlineData("forum", "skole-klub")]
    [InlineData("meeting", "2027-01-05T09:00")]
    [InlineData("rid", "2026-12-01T09:00|fritidsjob|kom-i-gang-job|p-frontline-demo")]
    [InlineData("person", "p-chair-demo")]
    public async Task Submit_PayloadNamingAnotherTarget_IsRefusedAndLoggedWithoutText(string field, string forged)
    {
        var data = UpdateCards.Press(_saraCard, "update.submit", SubmissionInputs("Hemmelig tekst"));
        data[field] = forged;

        var body = await _host.ExecuteAsync(DemoNetwork.Sara, "update.submit", data);

        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        Assert.Contains("svarer ikke til en opdateringsanmodning", body["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(await Stored());
        Assert.Null(await _host.Get<UpdateStore>().FindAsync("fritidsjob", DemoNetwork.FritidsjobMeetingId, "kom-i-gang-job", CancellationToken.None));
        Assert.True(_host.Logs.Has(6010));
        Assert.DoesNotContain(_host.Logs.Lines, e => e.Written.Contains("Hemmelig", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2027-01-05T09:00")] // the forum's next-but-one meeting: its request has not gone out
    [InlineData("2026-12-02T09:00")] // no meeting of the forum's cadence
    public async Task Submit_ConsistentPayloadForAMeetingNeverAskedFor_IsRefused(string meetingId)
    {
        // Every field forged together, request key recomputed: Sara is a contact, but this request never existed.
        var data = UpdateCards.Press(_saraCard, "update.submit", SubmissionInputs("Hemmelig tekst"));
        data["meeting"] = meetingId;
        data["rid"] = $"{meetingId}|fritidsjob|fritidsjob-kk|p-frontline-demo";

        var body = await _host.ExecuteAsync(DemoNetwork.Sara, "update.submit", data);

        Assert.Contains("svarer ikke til en opdateringsanmodning", body["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(await _host.Get<UpdateStore>().FindAsync("fritidsjob", meetingId, "fritidsjob-kk", CancellationToken.None));
        Assert.True(_host.Logs.Has(6010));
        Assert.DoesNotContain(_host.Logs.Lines, e => e.Written.Contains("Hemmelig", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submit_OtherPersonsCard_IsRefused()
    {
        // The chair of the forum may submit for the initiative, but this request was not sent to him.
        var body = await _host.ExecuteAsync(DemoNetwork.Chair, "update.submit", UpdateCards.Press(_saraCard, "update.submit", SubmissionInputs("Tekst")));

        Assert.Contains("svarer ikke til en opdateringsanmodning", body["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(await Stored());
    }

    [Fact]
    public async Task Submit_ByUnregisteredSender_IsRefused()
    {
        var stranger = new DemoPerson("nobody", "9b2f7c1e-0000-4000-8000-000000000099", "en-US");

        var body = await _host.ExecuteAsync(stranger, "update.submit", UpdateCards.Press(_saraCard, "update.submit", SubmissionInputs("Text")));

        Assert.Contains("not registered", body["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(await Stored());
    }

    [Fact]
    public async Task Submit_WithoutCardData_AnswersThatTheCardCannotBeUsed()
    {
        var body = await _host.ExecuteAsync(DemoNetwork.Sara, "update.submit", new JsonObject { ["verb"] = "update.submit", ["status"] = "on-track" });

        Assert.Contains("kan ikke længere bruges", body["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(_host.Logs.Has(6011));
    }

    private static (string, string)[] SubmissionInputs(string wentWell) => [("status", "on-track"), ("reached", "3"), ("wentWell", wentWell)];

    private Task<UpdateRow?> Stored() =>
        _host.Get<UpdateStore>().FindAsync("fritidsjob", DemoNetwork.FritidsjobMeetingId, "fritidsjob-kk", CancellationToken.None);
}
