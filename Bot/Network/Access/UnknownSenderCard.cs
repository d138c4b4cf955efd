using System.Text.Json.Nodes;
using ForumBot.Cards;
using ForumBot.Localization;

namespace ForumBot.Network.Access;

/// <summary>
/// What a sender who is not in the network sees. It shows their Teams id, because that is
/// what the administrator must put in the network file to add them.
/// </summary>
public static class UnknownSenderCard
{
    public static JsonObject Build(Language language, string? aadObjectId)
    {
        var id = string.IsNullOrWhiteSpace(aadObjectId) ? language.Pick("unknown", "ukendt") : aadObjectId;
        return AdaptiveCards.Card(
        [
            AdaptiveCards.Heading(language.Pick("Not registered yet", "Endnu ikke registreret")),
            AdaptiveCards.TextBlock(language.Pick(
                $"You are not registered in the ForumBot network yet — ask your administrator to add you (your Teams id: {id}).",
                $"Du er endnu ikke registreret i ForumBots netværk — bed din administrator om at tilføje dig (dit Teams-id: {id}).")),
            AdaptiveCards.TextBlock(language.Pick(
                "You can still write \"help\" to see what ForumBot does.",
                "Du kan stadig skrive \"hjælp\" for at se, hvad ForumBot gør."), subtle: true),
        ]);
    }
}
