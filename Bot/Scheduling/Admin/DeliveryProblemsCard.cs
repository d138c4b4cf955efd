using System.Globalization;
using System.Text.Json.Nodes;
using ForumBot.Cards;
using ForumBot.Localization;
using ForumBot.Network;

namespace ForumBot.Scheduling.Admin;

/// <summary>The `delivery problems` card: failed deliveries, newest first, with who and why, and how many more.</summary>
public static class DeliveryProblemsCard
{
    public const int MaxListed = 20;

    public static JsonObject Build(Language language, IReadOnlyList<DeliveryFailure> newest, int total, NetworkSnapshot network, IEnumerable<MessageKindLabel>? labels = null)
    {
        ArgumentNullException.ThrowIfNull(newest);
        ArgumentNullException.ThrowIfNull(network);
        var body = new List<JsonNode?> { AdaptiveCards.Heading(language.Pick("Delivery problems", "Leveringsproblemer")) };
        if (total == 0)
        {
            body.Add(AdaptiveCards.TextBlock(language.Pick("Every message has been delivered: no failures.", "Alle beskeder er leveret: ingen fejl.")));
            return AdaptiveCards.Card(body);
        }

        body.Add(AdaptiveCards.TextBlock(language.Pick(
            $"{total} message(s) could not be delivered. Newest first:",
            $"{total} besked(er) kunne ikke leveres. Nyeste først:"), subtle: true));
        foreach (var failure in newest)
        {
            var when = LocalTime.ToLocal(failure.FailedAt, network.TimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            body.Add(AdaptiveCards.Container(
            [
                AdaptiveCards.TextBlock($"{when} · {KindLabel(language, failure.Kind, labels)}", weight: "Bolder"),
                AdaptiveCards.FactSet(
                [
                    (language.Pick("Recipient", "Modtager"), Recipient(language, failure.Target, network)),
                    (language.Pick("Reason", "Årsag"), Reason(language, failure.Reason, failure.Detail)),
                ]),
            ], separator: true));
        }

        if (total > newest.Count)
        {
            body.Add(AdaptiveCards.TextBlock(language.Pick($"… and {total - newest.Count} more.", $"… og {total - newest.Count} mere."), subtle: true));
        }

        return AdaptiveCards.Card(body);
    }

    public static string Recipient(Language language, MessageTarget target, NetworkSnapshot network) => target switch
    {
        MessageTarget.Person person when Guid.TryParse(person.AadObjectId, out var id) && network.FindPersonByAadObjectId(id) is { } known => known.Name,
        MessageTarget.Person person => language.Pick("unknown person ", "ukendt person ") + person.AadObjectId,
        MessageTarget.Conversation { Kind: "channel" } => language.Pick("a Teams channel", "en Teams-kanal"),
        MessageTarget.Conversation => language.Pick("a group chat", "en gruppechat"),
        _ => "?",
    };

    /// <summary>What kind of message it was, in words an admin reads; unknown kinds as stored.</summary>
    public static string KindLabel(Language language, string kind, IEnumerable<MessageKindLabel>? labels) =>
        labels?.FirstOrDefault(l => l.Kind == kind) is { } label ? language.Pick(label.English, label.Danish) : kind;

    public static string Reason(Language language, string reason, string? detail) => reason switch
    {
        FailureReasons.Blocked => language.Pick("The recipient has blocked the bot.", "Modtageren har blokeret botten."),
        FailureReasons.Uninstalled => language.Pick("The bot is no longer in the conversation.", "Botten er ikke længere med i samtalen."),
        FailureReasons.Gone => language.Pick("The conversation no longer exists.", "Samtalen findes ikke længere."),
        FailureReasons.Forbidden => language.Pick("Teams refused the message (403).", "Teams afviste beskeden (403)."),
        FailureReasons.Rejected => language.Pick($"Teams rejected the message ({detail}).", $"Teams afviste beskeden ({detail})."),
        FailureReasons.NoConversation => language.Pick(
            "There is no chat with the recipient and none could be opened. They can write to the bot once to fix it.",
            "Der er ingen chat med modtageren, og der kunne ikke åbnes en. Modtageren kan skrive til botten én gang for at løse det."),
        FailureReasons.GaveUp => language.Pick($"Teams kept failing; gave up ({detail}).", $"Teams fejlede hele tiden; opgav ({detail})."),
        FailureReasons.RelatedFailed => language.Pick(
            "It updates or answers an earlier message that could not be delivered.",
            "Den opdaterer eller besvarer en tidligere besked, der ikke kunne leveres."),
        FailureReasons.RelatedMissing => language.Pick(
            "It updates or answers an earlier message that was never sent or cannot be found.",
            "Den opdaterer eller besvarer en tidligere besked, der aldrig blev sendt eller ikke kan findes."),
        _ => reason,
    };
}
