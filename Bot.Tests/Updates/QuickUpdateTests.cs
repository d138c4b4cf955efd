using ForumBot.Tests.Fixtures;
using ForumBot.Updates.Storage;

namespace ForumBot.Tests.Updates;

/// <summary>"update &lt;initiative&gt;: &lt;text&gt;" / "opdatering &lt;indsats&gt;: &lt;tekst&gt;" in the 1:1 chat.</summary>
public sealed class QuickUpdateTests : IAsyncLifetime
{
    private TestApp _host = null!;

    public async Task InitializeAsync() => _host = await TestApp.StartAsync(UpdatesTestApp.At(DemoNetwork.FritidsjobPrompt.AddHours(2)));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("opdatering fritidsjob-kk: Tre nye job i Netto")]
    [InlineData("Opdatering FRITIDSJOB I TINGBJERG-HUSUM: Tre nye job i Netto")]
    [InlineData("update fritidsjob i tingbjerg husum : Tre nye job i Netto")]
    public async Task QuickUpdate_ByIdOrName_StoresTheTextAsWhatWentWell(string message)
    {
        var reply = await _host.SayAsync(DemoNetwork.Sara, message, "da-DK");

        Assert.StartsWith("Gemt ✓ som \"hvad gik godt\" i opdateringen om Fritidsjob i Tingbjerg-Husum til Fritidsjobnetværket", reply, StringComparison.Ordinal);
        Assert.Contains("søndag den 29. november 2026 kl. 09.00", reply, StringComparison.Ordinal);
        var stored = await Stored("fritidsjob-kk");
        Assert.Equal(("Tre nye job i Netto", "text", null as string), (stored!.WentWell, stored.Source, stored.Status));
    }

    [Fact]
    public async Task QuickUpdate_OnACardUpdate_ReplacesOnlyWhatWentWell()
    {
        await _host.SayAsync(DemoNetwork.Sara, "update kom i gang: first", "en-US");
        await _host.SayAsync(DemoNetwork.Sara, "update Kom i gang – første fritidsjob: second", "en-US");

        var stored = await Stored("kom-i-gang-job");
        Assert.Equal(("second", 2), (stored!.WentWell, stored.Version));
    }

    [Fact]
    public async Task QuickUpdate_AccentsTypedWithoutThem_StillFindTheInitiative()
    {
        _host.FakeTime.SetUtcNow(DemoNetwork.SkoleKlubPrompt.AddHours(1));

        var reply = await _host.SayAsync(DemoNetwork.Sara, "opdatering Lektiestotte i klubben: Flere kom", "da-DK");

        Assert.StartsWith("Gemt ✓", reply, StringComparison.Ordinal);
        Assert.NotNull(await _host.Get<UpdateStore>().FindAsync("skole-klub", "2026-12-03T14:30", "lektier-i-klubben", CancellationToken.None));
    }

    [Fact]
    public async Task QuickUpdate_Ambiguous_ListsTheMatchingInitiatives()
    {
        var reply = await _host.SayAsync(DemoNetwork.Sara, "update job: text", "en-US");

        Assert.StartsWith("That matches more than one of your initiatives", reply, StringComparison.Ordinal);
        Assert.Contains("- fritidsjob-kk: Fritidsjob i Tingbjerg-Husum", reply, StringComparison.Ordinal);
        Assert.Contains("- kom-i-gang-job: ", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("lektier-i-klubben", reply, StringComparison.Ordinal);
        Assert.Null(await Stored("fritidsjob-kk"));
    }

    [Theory]
    [InlineData("opdatering svømmeklub: tekst", "da-DK", "Den indsats kender jeg ikke.\nDine indsatser:", "- lektier-i-klubben: Lektiestøtte i klubben")] // unknown: the user's own initiatives
    [InlineData("update lektier-i-klubben: text", "en-US", "No update is being collected for Lektiestøtte i klubben right now",
        "The next request goes out Thursday 26 November 2026 at 14:30.")] // no cycle open: when the next request comes
    [InlineData("update", "en-US", "Write it like this: update ‹initiative›: ‹what went well›", "- fritidsjob-kk")] // without text: the format
    public async Task QuickUpdate_NothingToStore_SaysWhy(string message, string locale, string start, string detail)
    {
        var reply = await _host.SayAsync(DemoNetwork.Sara, message, locale);

        Assert.StartsWith(start, reply, StringComparison.Ordinal);
        Assert.Contains(detail, reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuickUpdate_ForSomeoneElsesInitiative_IsRefused()
    {
        var reply = await _host.SayAsync(DemoNetwork.Sara, "update jobklub-husum: text", "en-US");

        Assert.StartsWith("Only the contacts of", reply, StringComparison.Ordinal);
        Assert.Null(await Stored("jobklub-husum"));
    }

    [Fact]
    public async Task QuickUpdate_ByTheForumsChair_IsAllowed()
    {
        var reply = await _host.SayAsync(DemoNetwork.Chair, "update jobklub-husum: Chair's note", "en-US");

        Assert.StartsWith("Saved ✓", reply, StringComparison.Ordinal);
        Assert.Equal("p-chair-demo", (await Stored("jobklub-husum"))!.SubmittedBy);
    }

    [Fact]
    public async Task QuickUpdate_WithCprNumber_IsRefusedWithTheReasonAndNotStoredOrLogged()
    {
        var reply = await _host.SayAsync(DemoNetwork.Sara, "opdatering fritidsjob-kk: Ahmed 150607-2213 fik job", "da-DK");

        Assert.StartsWith("Det ligner et CPR-nummer.", reply, StringComparison.Ordinal);
        Assert.Contains("personnumre hører ikke hjemme", reply, StringComparison.Ordinal);
        Assert.Null(await Stored("fritidsjob-kk"));
        Assert.DoesNotContain(_host.Logs.Lines, e => e.Written.Contains("150607", StringComparison.Ordinal) || e.Written.Contains("Ahmed", StringComparison.Ordinal));
    }

    private Task<UpdateRow?> Stored(string initiativeId) =>
        _host.Get<UpdateStore>().FindAsync("fritidsjob", DemoNetwork.FritidsjobMeetingId, initiativeId, CancellationToken.None);
}
