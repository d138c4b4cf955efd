using System.Text.Json.Nodes;
using ForumBot.Cards;
using ForumBot.Localization;

namespace ForumBot.Help;

/// <summary>The help card: what ForumBot is and every command, in the user's language.</summary>
public static class HelpCard
{
    public static JsonObject Build(Language language, IEnumerable<HelpEntry> entries, bool welcome = false)
    {
        var facts = entries.Select(e => language == Language.Danish ? (e.UsageDanish, e.WhatDanish) : (e.UsageEnglish, e.WhatEnglish));
        return AdaptiveCards.Card(
        [
            AdaptiveCards.Heading(welcome
                ? language.Pick("Welcome to ForumBot", "Velkommen til ForumBot")
                : language.Pick("ForumBot — help", "ForumBot — hjælp")),
            AdaptiveCards.TextBlock(language.Pick(
                "I help the network's forums keep in step: I collect frontline updates before each meeting and show who works on what. Write one of these commands:",
                "Jeg hjælper netværkets fora med at holde takten: jeg samler opdateringer fra frontlinjen før hvert møde og viser, hvem der arbejder med hvad. Skriv en af disse kommandoer:")),
            AdaptiveCards.FactSet(facts),
            AdaptiveCards.TextBlock(language.Pick(
                "Commands work in English and Danish. In a channel, @mention me first.",
                "Kommandoerne virker på dansk og engelsk. I en kanal skal du @nævne mig først."), subtle: true),
        ]);
    }
}
