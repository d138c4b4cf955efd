using System.Text.Json.Nodes;
using ForumBot.Agendas.Cards;
using ForumBot.Agendas.Model;
using ForumBot.Cards;
using ForumBot.Localization;
using ForumBot.Network;
using ForumBot.Protocol;

namespace ForumBot.Agendas.Posting;

/// <summary>
/// The posted agenda as a message for one target: the agenda card as that target sees it, and in a
/// chair's 1:1 a closing line on how to get it into the forum's channel. Pure: the same agenda and
/// target give the same activity, so its fingerprint says whether a posted card is still current.
/// </summary>
public static class AgendaPostCards
{
    public static OutgoingActivity Activity(Agenda agenda, AgendaPostTarget target, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentNullException.ThrowIfNull(target);
        var language = target.Language;
        var card = AgendaCard.Build(language, agenda, target.Viewer, zone, target.Shared);
        if (target.LinkHint && card["body"] is JsonArray body)
        {
            body.Add(LinkHint(language, agenda.Forum));
        }

        return MessageFactory.Card(card, language.Pick($"Agenda: {agenda.Forum.Name}", $"Dagsorden: {agenda.Forum.Name}")) with
        {
            Locale = language.Pick("en-GB", "da-DK"),
        };
    }

    private static JsonObject LinkHint(Language language, Forum forum) => AdaptiveCards.Container(
        [
            AdaptiveCards.TextBlock(language.Pick(
                $"{forum.Name} has no Teams channel I can post in, so the agenda comes to you here. To have it posted in the forum's channel, @mention me there with: link forum {forum.Id}",
                $"{forum.Name} har ingen Teams-kanal, jeg kan skrive i, så dagsordenen kommer til dig her. Vil du have den i forummets kanal, så @nævn mig dér med: tilknyt forum {forum.Id}"),
                subtle: true),
        ],
        separator: true);
}
