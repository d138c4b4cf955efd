using ForumBot.Scheduling;
using ForumBot.Scheduling.Outbox;
using ForumBot.Teams;
using ForumBot.Tests.Fixtures;
using ForumBot.Tests.Network;
using ForumBot.Tests.Scheduling.Support;

namespace ForumBot.Tests.Scheduling;

/// <summary>"delivery problems" / "leveringsproblemer" through real turns: admins see failures, others a polite no.</summary>
public sealed class DeliveryProblemsTests : IAsyncLifetime
{
    private TestApp _bot = null!;

    private CapturingConnector Connector => _bot.Connector;

    public async Task InitializeAsync()
    {
        _bot = await TestApp.StartAsync(new() { Connector = true, Settings = new Dictionary<string, string?> { ["MicrosoftAppTenantId"] = TeamsActivities.TenantId } });
        await _bot.ImportAsync(_bot.WriteFile(TestNetworkFile.Create()));
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Admin_WithFailures_SeesTheNewestTwentyWithRecipientAndReasonAndTheCountOfTheRest()
    {
        for (var i = 0; i < 23; i++)
        {
            await EnqueueAsync(ListSource.ToConversation($"agenda-{i}", Now.AddMinutes(-1), ConversationKinds.Channel, $"19:missing-{i}@thread.tacv2", "agenda"));
        }

        await DispatchAsync();
        await BlockedFailureForAsync(TestNetworkFile.MemberAad);

        var card = await AskAsync("delivery problems", TestNetworkFile.AdminAad, "en-GB");

        Assert.Contains("Delivery problems", card, StringComparison.Ordinal);
        Assert.Contains("24 message(s) could not be delivered. Newest first:", card, StringComparison.Ordinal);
        var lines = card.Split('\n');
        var first = Array.IndexOf(lines, "Recipient");
        Assert.Equal(("Mikkel Medlem", "The recipient has blocked the bot."), (lines[first + 1], lines[first + 3]));
        Assert.Equal(20, lines.Count(l => l == "Recipient"));
        Assert.Contains(" · Update reminder", card, StringComparison.Ordinal);
        Assert.Contains("a Teams channel", card, StringComparison.Ordinal);
        Assert.Contains("There is no chat with the recipient and none could be opened.", card, StringComparison.Ordinal);
        Assert.EndsWith("… and 4 more.", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_InDanishWithoutFailures_IsToldEverythingWasDelivered()
    {
        var card = await AskAsync("leveringsproblemer", TestNetworkFile.AdminAad, "da-DK");

        Assert.Contains("Leveringsproblemer", card, StringComparison.Ordinal);
        Assert.Contains("Alle beskeder er leveret: ingen fejl.", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("leveringsproblemer", "da-DK", "Beklager, kun administratorer kan se leveringsproblemer.")]
    [InlineData("delivery problems", "en-US", "Sorry, only administrators can see delivery problems.")]
    public async Task NonAdmin_GetsAPoliteNoInTheirLanguage(string command, string locale, string expected)
    {
        await TurnAsync(TeamsActivities.PersonalMessage(Connector.ServiceUrl, command, locale, TestNetworkFile.ManagerAad));

        var reply = Assert.Single(await Connector.WaitForAsync(1));
        Assert.Equal(expected, reply.Body!["text"]!.GetValue<string>());
        Assert.Empty(Connector.SentCards());
    }

    [Fact]
    public async Task UnknownSender_GetsTheNotRegisteredCard()
    {
        var card = await AskAsync("delivery problems", TestNetworkFile.UnknownAad, "en-US");

        Assert.Contains("Not registered yet", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InAChannel_IsRefusedWithoutListingAnything()
    {
        await TurnAsync(TeamsActivities.ChannelMention(Connector.ServiceUrl, "delivery problems", "en-US", TestNetworkFile.AdminAad));

        var reply = Assert.Single(await Connector.WaitForAsync(1));
        Assert.Equal("Delivery problems are shown in a 1:1 chat with me only.", reply.Body!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task HelpCard_ListsTheCommandInBothLanguages()
    {
        var english = await AskAsync("help", TestNetworkFile.PlainAad, "en-US");
        Assert.Contains("delivery problems\nAdmins: messages the bot could not deliver, and why.", english, StringComparison.Ordinal);
    }

    private async Task BlockedFailureForAsync(string aadObjectId)
    {
        await _bot.Get<ConversationReferenceStore>().UpsertAsync(new ConversationReference(ConversationKinds.Personal, aadObjectId, "a:blocked-chat",
            Connector.ServiceUrl, TeamsActivities.TenantId, TeamsActivities.BotId, "ForumBot", null, aadObjectId, null, null, "da-DK", true, null,
            Now), CancellationToken.None);
        Connector.Responder = _ => CapturingConnector.Error(403, "MessageWritesBlocked");
        await EnqueueAsync(ListSource.ToPerson("reminder-blocked", Now.AddMinutes(-1), aadObjectId, "update-reminder"));
        await DispatchAsync();
        Connector.AnswerFirst();
    }

    private Task<EnqueueResult> EnqueueAsync(DueWork work) => _bot.Get<IOutbox>().EnqueueAsync(work, CancellationToken.None);

    /// <summary>The bot's clock (FORUMBOT_TEST_NOW moves it): outbox due times and claims are read against it.</summary>
    private DateTimeOffset Now => _bot.Get<TimeProvider>().GetUtcNow();

    private Task<DispatchReport> DispatchAsync() =>
        _bot.Get<OutboxDispatcher>().DispatchAsync("test", null, Now.AddSeconds(30), Now.AddSeconds(60), CancellationToken.None);

    private async Task<string> AskAsync(string text, string aadObjectId, string locale)
    {
        var before = Connector.SentCards().Count;
        await TurnAsync(TeamsActivities.PersonalMessage(Connector.ServiceUrl, text, locale, aadObjectId));
        await Connector.WaitForAsync(before + 1, r => r.Body?["attachments"] is not null);
        return CardText.Of(Connector.SentCards()[before]);
    }

    private async Task TurnAsync(System.Text.Json.Nodes.JsonObject activity)
    {
        using var response = await _bot.PostActivityAsync(activity);
        Assert.True(response.IsSuccessStatusCode);
    }
}
